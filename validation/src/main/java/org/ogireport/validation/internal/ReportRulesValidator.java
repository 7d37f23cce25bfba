package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.constraints.NarrativeChecks;
import org.ogireport.core.constraints.RuleCatalogue;
import org.ogireport.core.rules.RuleGroup;

/**
 * Validates {@link RuleCatalogue} on an {@link AnnualReport}: in the {@code Default} group every
 * rule of {@link RuleGroup#CATALOGUE}, in the {@link NarrativeChecks} group every rule of
 * {@link RuleGroup#NARRATIVE}, each that applies to the report's edition, in catalogue order.
 * Registered through {@code META-INF/services}; not for direct use.
 */
public final class ReportRulesValidator implements ConstraintValidator<RuleCatalogue, AnnualReport> {

  private static final ReportCheck[][] CATALOGUE = Checks.ofReports(RuleGroup.CATALOGUE);
  private static final ReportCheck[][] NARRATIVE = Checks.ofReports(RuleGroup.NARRATIVE);

  private ReportCheck[][] checks = CATALOGUE;

  /** Made by Hibernate Validator. */
  public ReportRulesValidator() {}

  @Override
  public void initialize(RuleCatalogue constraint) {
    checks = List.of(constraint.groups()).contains(NarrativeChecks.class) ? NARRATIVE : CATALOGUE;
  }

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    boolean valid = true;
    for (ReportCheck check : checks[report.getEdition().ordinal()]) {
      valid &= check.check(report, context);
    }
    return valid;
  }
}
