package org.ogireport.validation;

import java.util.Objects;

/**
 * A series rule that did not apply to a pair of consecutive years, and why: SERIES-IN-FORCE and
 * SERIES-PROJECTS across the 2020→2021 edition change (the columns they compare exist in one
 * edition only), SERIES-COPIED-PROBLEMS when a section 五 is missing or too short.
 *
 * <pre>{@code
 * result.getSkipped().get(0).toString();
 * // SERIES-PROJECTS 2020→2021: 2020 follows edition 2019 and 2021 edition 2021: ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SkippedRule {

  private final Rule rule;
  private final int previousYear;
  private final int year;
  private final String reason;

  SkippedRule(Rule rule, int previousYear, int year, String reason) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.previousYear = previousYear;
    this.year = year;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The rule not applied. */
  public Rule getRule() {
    return rule;
  }

  /** The earlier of the two years. */
  public int getPreviousYear() {
    return previousYear;
  }

  /** The later of the two years. */
  public int getYear() {
    return year;
  }

  /** Why the rule did not apply, in English. */
  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkippedRule s && s.rule == rule && s.previousYear == previousYear
        && s.year == year && s.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, previousYear, year, reason);
  }

  @Override
  public String toString() {
    return rule.getId() + " " + previousYear + "→" + year + ": " + reason;
  }
}
