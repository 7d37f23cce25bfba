package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.constraints.AppOutcomeTotal;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/** {@code APP-OUTCOME-TOTAL}: in every column of table 三, （七）总计 = the outcome rows. */
public final class AppOutcomeTotalValidator
    implements ConstraintValidator<AppOutcomeTotal, AnnualReport> {

  private static final Applicant[] COLUMNS = Applicant.values();

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Applications table = report.getApplications();
    boolean valid = true;
    for (Applicant column : COLUMNS) {
      long printed = table.getCount(ApplicationRow.OUTCOME_TOTAL, column).orZero();
      Sides sides = ExactSums.columnTotal(
          printed, table, ApplicationRow.outcomes(table.getEdition()), column);
      if (sides != null) {
        valid = false;
        Finding.of(Rule.APP_OUTCOME_TOTAL,
                table.getLayout().getSlot(ApplicationRow.OUTCOME_TOTAL, column).getPath())
            .readColumn(table, ApplicationRow.outcomes(table.getEdition()), column)
            .read(table, ApplicationRow.OUTCOME_TOTAL, column)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
