package org.ogireport.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ogireport.core.Cell;

/**
 * What a rule found, attached to each Bean Validation violation as its dynamic payload: the rule,
 * the JSON path of the cell the violation is reported on, every cell the rule read with its
 * value, and the two sides compared.
 *
 * <p>With a plain {@code jakarta.validation.Validator} (for instance behind Spring's
 * {@code @Valid}), read it back with {@link RuleViolation#from}, or directly:
 *
 * <pre>{@code
 * ViolationDetails details = violation.unwrap(HibernateConstraintViolation.class)
 *     .getDynamicPayload(ViolationDetails.class);
 * details.getPath();   // "applications.carriedForward.naturalPerson"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ViolationDetails {

  private final Rule rule;
  private final String path;
  private final Map<String, Cell> cells;
  private final Sides sides;

  private ViolationDetails(Rule rule, String path, Map<String, Cell> cells, Sides sides) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.path = Objects.requireNonNull(path, "path");
    this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    this.sides = sides;
  }

  /**
   * Details of one violation.
   *
   * @param rule the rule, not null
   * @param path the JSON path the violation is reported on, not null
   * @param cells the cells read, path to cell, in reading order; copied
   * @param sides the two sides compared, or {@code null} when the rule compares none
   */
  public static ViolationDetails of(Rule rule, String path, Map<String, Cell> cells, Sides sides) {
    return new ViolationDetails(rule, path, cells, sides);
  }

  /** The rule violated. */
  public Rule getRule() {
    return rule;
  }

  /** The JSON path of the cell the violation is reported on, e.g. {@code reviewAndLitigation.review.total}. */
  public String getPath() {
    return path;
  }

  /** Every cell the rule read, JSON path to cell as published, in reading order. */
  public Map<String, Cell> getCells() {
    return cells;
  }

  /** The two sides compared; empty for rules that compare none ({@code CELL-MISSING}, {@code EDITION-YEAR}). */
  public Optional<Sides> getSides() {
    return Optional.ofNullable(sides);
  }

  @Override
  public String toString() {
    return rule.getId() + " at " + path + " " + cells + (sides == null ? "" : " " + sides);
  }
}
