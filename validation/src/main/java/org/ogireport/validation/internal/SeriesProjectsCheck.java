package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2019Column.CHANGE;
import static org.ogireport.core.Disclosure2019Column.PREVIOUS_YEAR;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.analysis.YearStep;

/**
 * {@code SERIES-PROJECTS}: edition 2019 both years, for every row with 上一年项目数量 and 本年增/减
 * (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费): last year's 上一年项目数量 +
 * 本年增/减 = this year's 上一年项目数量, reported on this year's 上一年项目数量.
 */
final class SeriesProjectsCheck extends SeriesCheck {

  @Override
  boolean check(YearStep step, int index, ConstraintValidatorContext context) {
    boolean valid = true;
    ProactiveDisclosure2019 last =
        (ProactiveDisclosure2019) step.getPrevious().getProactiveDisclosure();
    ProactiveDisclosure2019 now =
        (ProactiveDisclosure2019) step.getCurrent().getProactiveDisclosure();
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (!row.getColumns().contains(PREVIOUS_YEAR) || !row.getColumns().contains(CHANGE)) {
        continue;
      }
      long expected =
          last.getCount(row, PREVIOUS_YEAR).orZero() + last.getCount(row, CHANGE).orZero();
      if (now.getCount(row, PREVIOUS_YEAR).orZero() != expected) {
        valid = false;
        Finding finding = finding(step, index, now.getLayout().getSlot(row, PREVIOUS_YEAR));
        read(finding, step.getPrevious(), last, row, List.of(PREVIOUS_YEAR, CHANGE));
        read(finding, step.getCurrent(), now, row, List.of(PREVIOUS_YEAR));
        report(finding, step, now.get(row, PREVIOUS_YEAR), expected, context);
      }
    }
    return valid;
  }
}
