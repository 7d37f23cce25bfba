package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.constraints.AppRowTotal;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/** {@code APP-ROW-TOTAL}: in every row of table 三, 总计 = the six applicant columns. */
public final class AppRowTotalValidator implements ConstraintValidator<AppRowTotal, AnnualReport> {

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Applications table = report.getApplications();
    List<ApplicationRow> rows = table.getLayout().getRows();
    boolean valid = true;
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow row = rows.get(i);
      long printed = table.getCount(row, Applicant.TOTAL).orZero();
      Sides sides = ExactSums.rowTotal(printed, table, row, Applicant.parts());
      if (sides != null) {
        valid = false;
        Finding.of(Rule.APP_ROW_TOTAL,
                table.getLayout().getSlot(row, Applicant.TOTAL).getPath())
            .readRow(table, row, Applicant.parts())
            .read(table, row, Applicant.TOTAL)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
