package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_FORWARD;
import static org.ogireport.core.ApplicationRow.CARRIED_OVER;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.Applicant;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.analysis.YearStep;

/**
 * {@code SERIES-CARRY}: this year's 二、上年结转 = last year's 四、结转下年度继续办理, every column,
 * reported on this year's cell with last year's among the cells read. Both editions have both
 * rows, so the rule also holds across the 2020→2021 change.
 */
final class SeriesCarryCheck extends SeriesCheck {

  @Override
  boolean check(YearStep step, int index, ConstraintValidatorContext context) {
    boolean valid = true;
    Applications last = step.getPrevious().getApplications();
    Applications now = step.getCurrent().getApplications();
    for (Applicant column : Applicant.values()) {
      Cell over = now.get(CARRIED_OVER, column);
      long expected = last.getCount(CARRIED_FORWARD, column).orZero();
      if (now.getCount(CARRIED_OVER, column).orZero() != expected) {
        valid = false;
        Finding finding = finding(step, index, now.getLayout().getSlot(CARRIED_OVER, column));
        read(finding, step.getPrevious(), last, CARRIED_FORWARD, List.of(column));
        read(finding, step.getCurrent(), now, CARRIED_OVER, List.of(column));
        report(finding, step, over, expected, context);
      }
    }
    return valid;
  }
}
