package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_FORWARD;
import static org.ogireport.core.ApplicationRow.CARRIED_OVER;
import static org.ogireport.core.ApplicationRow.NEW_RECEIVED;
import static org.ogireport.core.ApplicationRow.OUTCOME_TOTAL;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;

/**
 * {@code HINT-SWAPPED-COLUMNS}: APP-BALANCE fails in exactly two applicant columns, by +d in one
 * and −d in the other, while the 总计 column balances. The likeliest cause is d applications
 * counted under one applicant column in one row (say 一、本年新收, 自然人) and under another in a
 * later row (say （一）予以公开, 商业企业). Reported on 四 of the first of the two columns, with
 * both columns' cells read; the sides are the two columns' differences.
 */
final class HintSwappedColumnsCheck extends ReportCheck {

  private static final List<ApplicationRow> READ =
      List.of(NEW_RECEIVED, CARRIED_OVER, OUTCOME_TOTAL, CARRIED_FORWARD);

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Applications t = report.getApplications();
    if (imbalance(t, Applicant.TOTAL) != 0) {
      return true;
    }
    List<Applicant> off = new ArrayList<>();
    for (Applicant column : Applicant.parts()) {
      if (imbalance(t, column) != 0) {
        off.add(column);
      }
    }
    if (off.size() != 2 || imbalance(t, off.get(0)) + imbalance(t, off.get(1)) != 0) {
      return true;
    }
    Applicant first = off.get(0);
    Applicant second = off.get(1);
    finding(t.getLayout().getSlot(CARRIED_FORWARD, first))
        .readColumn(t, READ, first)
        .readColumn(t, READ, second)
        .sides(imbalance(t, first), imbalance(t, second))
        .param("first", first.getLabel())
        .param("second", second.getLabel())
        .param("amount", Math.abs(imbalance(t, first)))
        .reportTo(context);
    return false;
  }

  /** 一 + 二 − (三（七） + 四) in a column, printed values, blanks as 0. */
  private static long imbalance(Applications t, Applicant column) {
    return t.getCount(NEW_RECEIVED, column).orZero() + t.getCount(CARRIED_OVER, column).orZero()
        - t.getCount(OUTCOME_TOTAL, column).orZero()
        - t.getCount(CARRIED_FORWARD, column).orZero();
  }
}
