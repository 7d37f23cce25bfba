package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.validation.Rule;

/**
 * A series rule: checks every pair of consecutive years the rule {@link SeriesSteps#applies
 * applies} to.
 *
 * @param <A> the constraint annotation
 */
abstract class SeriesCheck<A extends Annotation> implements ConstraintValidator<A, ReportSeries> {

  private final Rule rule;

  SeriesCheck(Rule rule) {
    this.rule = rule;
  }

  /** Checks one pair of years, reporting each failure; whether all passed. */
  abstract boolean check(YearStep step, ConstraintValidatorContext context);

  @Override
  public final boolean isValid(ReportSeries series, ConstraintValidatorContext context) {
    if (series == null) {
      return true;
    }
    boolean valid = true;
    for (YearStep step : series.getSteps()) {
      if (SeriesSteps.applies(rule, step)) {
        valid &= check(step, context);
      }
    }
    return valid;
  }
}
