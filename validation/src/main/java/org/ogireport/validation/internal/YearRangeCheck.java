package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Count;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/**
 * {@code YEAR-RANGE}: 2008 ≤ year ≤ the current year, read from the validator's
 * {@code ClockProvider} (so tests and {@code ReportValidator.Builder#clock} can fix it).
 */
final class YearRangeCheck extends ReportCheck {

  /** The first report year: the Regulations on Open Government Information took effect in 2008. */
  static final int FIRST_YEAR = 2008;

  private final CurrentYear currentYear = new CurrentYear();

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    int year = report.getYear();
    int current = currentYear.of(context.getClockProvider().getClock());
    if (year >= FIRST_YEAR && year <= current) {
      return true;
    }
    finding(ReportField.YEAR)
        .read(Location.of(ReportField.YEAR), Count.of(year))
        .sides(year, year < FIRST_YEAR ? FIRST_YEAR : current)
        .param("year", year)
        .param("min", FIRST_YEAR)
        .param("max", current)
        .reportTo(context);
    return false;
  }
}
