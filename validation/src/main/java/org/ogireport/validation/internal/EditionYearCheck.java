package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/** {@code EDITION-YEAR}: the edition is the one {@link Edition#forYear} prescribes. */
final class EditionYearCheck extends ReportCheck {

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Edition expected = Edition.forYear(report.getYear());
    if (report.getEdition() == expected) {
      return true;
    }
    finding(ReportField.EDITION)
        .read(Location.of(ReportField.YEAR), Count.of(report.getYear()))
        .param("edition", report.getEdition().getCode())
        .param("year", report.getYear())
        .param("expected", expected.getCode())
        .reportTo(context);
    return false;
  }
}
