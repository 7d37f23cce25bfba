package org.ogireport.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The violations of the catalogue rules one report has, in printed order of the cells they are
 * reported on ({@code edition} and {@code year} first), then in catalogue order.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(report, Locale.ENGLISH);
 * result.isValid();                        // no errors (warnings allowed)
 * result.getErrors().size();
 * result.filter("CELL-MISSING").size();    // by rule id
 * result.filter(Severity.WARNING);         // by severity
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationResult implements Iterable<RuleViolation> {

  private final List<RuleViolation> violations;
  private final Locale locale;

  ValidationResult(List<RuleViolation> violations, Locale locale) {
    this.violations = List.copyOf(violations);
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** Whether the report has no error; warnings do not count. */
  public boolean isValid() {
    for (RuleViolation v : violations) {
      if (v.getSeverity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** Every violation, errors and warnings. */
  public List<RuleViolation> getViolations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<RuleViolation> getErrors() {
    return filter(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<RuleViolation> getWarnings() {
    return filter(Severity.WARNING);
  }

  /** The violations of one severity. */
  public List<RuleViolation> filter(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return select(v -> v.getSeverity() == severity);
  }

  /** The violations of one rule. */
  public List<RuleViolation> filter(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return select(v -> v.getRule() == rule);
  }

  /**
   * The violations of the rule with a stable id, e.g. {@code "LIT-TOTAL"}.
   *
   * @throws IllegalArgumentException when no rule has the id
   */
  public List<RuleViolation> filter(String ruleId) {
    return filter(Rule.ofId(ruleId));
  }

  private List<RuleViolation> select(Predicate<RuleViolation> test) {
    List<RuleViolation> selected = new ArrayList<>();
    for (RuleViolation v : violations) {
      if (test.test(v)) {
        selected.add(v);
      }
    }
    return List.copyOf(selected);
  }

  /** The locale of every message. */
  public Locale getLocale() {
    return locale;
  }

  /** The number of violations. */
  public int size() {
    return violations.size();
  }

  @Override
  public Iterator<RuleViolation> iterator() {
    return violations.iterator();
  }

  /** One violation per line. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (RuleViolation v : violations) {
      out.append(v).append('\n');
    }
    return out.toString();
  }
}
