package org.ogireport.core.rules;

/**
 * Which set of rules a {@link Rule} belongs to, and so when it runs: the form's own arithmetic by
 * default, the heuristics on request, the series rules on a series of years.
 *
 * <pre>{@code
 * Rule.NARR_REVIEW.getGroup();   // NARRATIVE
 * }</pre>
 */
public enum RuleGroup {
  /**
   * The rule catalogue of the form itself (sums, signs, the year): checked on every report, the
   * Bean Validation {@code Default} group.
   */
  CATALOGUE,
  /**
   * Heuristics beyond the form's arithmetic (text against tables, hints, shares): warnings an
   * evaluator asks for, checked on request, the Bean Validation group
   * {@link org.ogireport.core.constraints.NarrativeChecks}.
   */
  NARRATIVE,
  /**
   * Rules across consecutive years of one organ's reports, checked on a
   * {@link org.ogireport.core.analysis.ReportSeries}.
   */
  SERIES
}
