package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.constraints.EditionYear;
import org.ogireport.validation.Rule;

/** {@code EDITION-YEAR}: the edition is the one {@link Edition#forYear} prescribes. */
public final class EditionYearValidator implements ConstraintValidator<EditionYear, AnnualReport> {

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Edition expected = Edition.forYear(report.getYear());
    if (report.getEdition() == expected) {
      return true;
    }
    Finding.of(Rule.EDITION_YEAR, "edition")
        .read("year", Count.of(report.getYear()))
        .param("edition", report.getEdition().getCode())
        .param("year", report.getYear())
        .param("expected", expected.getCode())
        .reportTo(context);
    return false;
  }
}
