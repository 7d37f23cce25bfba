package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_FORWARD;
import static org.ogireport.core.ApplicationRow.CARRIED_OVER;
import static org.ogireport.core.ApplicationRow.NEW_RECEIVED;
import static org.ogireport.core.ApplicationRow.OUTCOME_TOTAL;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.constraints.AppBalance;
import org.ogireport.validation.Rule;

/**
 * {@code APP-BALANCE}: in every column of table 三, 一 + 二 = 三（七）总计 + 四, reported on 四
 * (the printed （七）总计 is used, so a wrong outcome total also shows here).
 */
public final class AppBalanceValidator implements ConstraintValidator<AppBalance, AnnualReport> {

  private static final Applicant[] COLUMNS = Applicant.values();
  private static final List<ApplicationRow> READ =
      List.of(NEW_RECEIVED, CARRIED_OVER, OUTCOME_TOTAL, CARRIED_FORWARD);

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    Applications table = report.getApplications();
    boolean valid = true;
    for (Applicant column : COLUMNS) {
      long newReceived = table.getCount(NEW_RECEIVED, column).orZero();
      long carriedOver = table.getCount(CARRIED_OVER, column).orZero();
      long outcomeTotal = table.getCount(OUTCOME_TOTAL, column).orZero();
      long carriedForward = table.getCount(CARRIED_FORWARD, column).orZero();
      if (ExactSums.compare(newReceived, carriedOver, outcomeTotal, carriedForward) != 0) {
        valid = false;
        Finding.of(Rule.APP_BALANCE, table.getLayout().getSlot(CARRIED_FORWARD, column).getPath())
            .readColumn(table, READ, column)
            .sides(ExactSums.sides(newReceived, carriedOver, outcomeTotal, carriedForward))
            .reportTo(context);
      }
    }
    return valid;
  }
}
