package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.constraints.RuleCatalogue;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * Validates {@link RuleCatalogue} on a {@link ReportSeries}: every series rule on every pair of
 * consecutive years it applies to. Registered through {@code META-INF/services}; not for direct
 * use.
 */
public final class SeriesRulesValidator implements ConstraintValidator<RuleCatalogue, ReportSeries> {

  private static final List<SeriesCheck> CHECKS = Checks.ofSeries();

  /** Made by Hibernate Validator. */
  public SeriesRulesValidator() {}

  @Override
  public boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
    if (series == null) {
      return true;
    }
    boolean valid = true;
    List<YearStep> steps = series.getSteps();
    for (int i = 0; i < steps.size(); i++) {
      YearStep step = steps.get(i);
      for (SeriesCheck check : CHECKS) {
        if (check.applies(step)) {
          valid &= check.check(step, i + 1, context);
        }
      }
    }
    return valid;
  }

  /**
   * The series rules that did not compare some pair of years, and why, in year order and then
   * catalogue order: each a diagnostic of severity info with the rule's id as its code.
   *
   * @param series the series, not null
   * @return the diagnostics
   */
  public static List<Diagnostic> skipped(ReportSeries series) {
    List<Diagnostic> skipped = new ArrayList<>();
    for (YearStep step : series.getSteps()) {
      for (SeriesCheck check : CHECKS) {
        check.skip(step).ifPresent(skip -> skipped.add(skip.toDiagnostic()));
      }
    }
    return skipped;
  }
}
