package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;

/**
 * The check of a rule of one report ({@code CATALOGUE} and {@code NARRATIVE} groups), run by
 * {@link ReportRulesValidator} on the editions its rule applies to.
 */
abstract class ReportCheck extends Check {

  /**
   * Checks a report of an edition the rule applies to, reporting each finding.
   *
   * @param report the report, not null
   * @param context where findings are reported
   * @return whether the report passes
   */
  abstract boolean check(AnnualReport report, ConstraintValidatorContext context);
}
