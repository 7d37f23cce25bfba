package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_FORWARD;
import static org.ogireport.core.ApplicationRow.CARRIED_OVER;

import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.Applicant;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.constraints.SeriesCarry;
import org.ogireport.validation.Rule;

/**
 * {@code SERIES-CARRY}: this year's 二、上年结转 = last year's 四、结转下年度继续办理, every column,
 * reported on this year's cell with last year's among the cells read. Both editions have both
 * rows, so the rule also holds across the 2020→2021 change.
 */
public final class SeriesCarryValidator extends SeriesCheck<SeriesCarry> {

  public SeriesCarryValidator() {
    super(Rule.SERIES_CARRY);
  }

  @Override
  boolean check(YearStep step, ConstraintValidatorContext context) {
    boolean valid = true;
    Applications last = step.getPrevious().getApplications();
    Applications now = step.getCurrent().getApplications();
    for (Applicant column : Applicant.values()) {
      Cell over = now.get(CARRIED_OVER, column);
      long expected = last.getCount(CARRIED_FORWARD, column).orZero();
      if (now.getCount(CARRIED_OVER, column).orZero() != expected) {
        valid = false;
        Map<String, Cell> read = new LinkedHashMap<>();
        SeriesSteps.read(read, step.getPrevious(), last, CARRIED_FORWARD, List.of(column));
        SeriesSteps.read(read, step.getCurrent(), now, CARRIED_OVER, List.of(column));
        SeriesSteps.report(Rule.SERIES_CARRY, step,
            now.getLayout().getSlot(CARRIED_OVER, column).getPath(), over, expected, read,
            context);
      }
    }
    return valid;
  }
}
