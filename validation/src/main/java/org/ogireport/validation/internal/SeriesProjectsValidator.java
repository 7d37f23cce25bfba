package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2019Column.CHANGE;
import static org.ogireport.core.Disclosure2019Column.PREVIOUS_YEAR;

import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.constraints.SeriesProjects;
import org.ogireport.validation.Rule;

/**
 * {@code SERIES-PROJECTS}: edition 2019 both years, for every row with 上一年项目数量 and 本年增/减
 * (行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费): last year's 上一年项目数量 +
 * 本年增/减 = this year's 上一年项目数量, reported on this year's 上一年项目数量.
 */
public final class SeriesProjectsValidator extends SeriesCheck<SeriesProjects> {

  public SeriesProjectsValidator() {
    super(Rule.SERIES_PROJECTS);
  }

  @Override
  boolean check(YearStep step, ConstraintValidatorContext context) {
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
        Map<String, Cell> read = new LinkedHashMap<>();
        SeriesSteps.read(read, step.getPrevious(), last, row, List.of(PREVIOUS_YEAR, CHANGE));
        SeriesSteps.read(read, step.getCurrent(), now, row, List.of(PREVIOUS_YEAR));
        SeriesSteps.report(Rule.SERIES_PROJECTS, step,
            now.getLayout().getSlot(row, PREVIOUS_YEAR).getPath(), now.get(row, PREVIOUS_YEAR),
            expected, read, context);
      }
    }
    return valid;
  }
}
