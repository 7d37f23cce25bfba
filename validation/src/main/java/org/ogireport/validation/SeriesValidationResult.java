package org.ogireport.validation;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The violations of the series rules ({@code SERIES-*}) by a {@code ReportSeries}, and the rules
 * that did not apply to some pair of years.
 *
 * <pre>{@code
 * SeriesValidationResult result = validator.validate(ReportSeries.of(r2020, r2021), Locale.ENGLISH);
 * result.getViolations();   // e.g. SERIES-CARRY on 2021:applications.carriedOver.naturalPerson
 * result.getSkipped();      // SERIES-PROJECTS 2020→2021: … edition change
 * }</pre>
 *
 * <p>Violations are in year order, then catalogue order, then by path. The rules of each single
 * report are not included: validate each report for those. Immutable and thread-safe.
 */
public final class SeriesValidationResult implements Iterable<RuleViolation> {

  private final List<RuleViolation> violations;
  private final List<SkippedRule> skipped;
  private final Locale locale;

  SeriesValidationResult(List<RuleViolation> violations, List<SkippedRule> skipped, Locale locale) {
    this.violations = List.copyOf(violations);
    this.skipped = List.copyOf(skipped);
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** Every violation; all series rules are warnings. */
  public List<RuleViolation> getViolations() {
    return violations;
  }

  /** The violations of one rule. */
  public List<RuleViolation> filter(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return violations.stream().filter(v -> v.getRule() == rule).toList();
  }

  /** The series rules that did not apply to some pair of years, in year order. */
  public List<SkippedRule> getSkipped() {
    return skipped;
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

  /** One violation per line, then one line per skipped rule. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    violations.forEach(v -> out.append(v).append('\n'));
    skipped.forEach(s -> out.append("skipped ").append(s).append('\n'));
    return out.toString();
  }
}
