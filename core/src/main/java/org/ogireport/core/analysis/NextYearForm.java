package org.ogireport.core.analysis;

import static org.ogireport.core.Disclosure2019Column.CHANGE;
import static org.ogireport.core.Disclosure2019Column.PREVIOUS_YEAR;

import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ReportBuilder;

/**
 * Next year's form of an organ, pre-filled from this year's report.
 *
 * <pre>{@code
 * AnnualReport next = NextYearForm.from(report2023);
 * next.getYear();   // 2024, edition Edition.forYear(2024) = 2021
 * next.getApplications().get(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
 *                   // = report2023's 四、结转下年度继续办理 总计
 * }</pre>
 *
 * <p>What carries:
 * <ul>
 *   <li>table 三, 二、上年结转 ← this year's 四、结转下年度继续办理, every column, cell for cell
 *       (a blank or a marker stays one: the form does not invent a 0). Both editions have both
 *       rows, so this holds across the 2020→2021 change too;
 *   <li>table 二, edition 2019 both years only: 上一年项目数量 of 行政许可, 其他对外管理服务事项,
 *       行政处罚, 行政强制 and 行政事业性收费 ← this year's 上一年项目数量 + 本年增/减 (every row
 *       that has both columns). When either cell has no number the result is left blank for the
 *       producer to fill; a negative result is kept as computed (the rule {@code A20-PROJECTS}
 *       already flags this year's report).
 * </ul>
 *
 * <p>What does not carry: nothing else. In particular, from a 2021 report (or across the 2020→2021
 * change) nothing in table 二 carries: the 2021 form has no column for last year's figures, and
 * 现行有效件数 is a year-end count the producer states afresh (the rule {@code SERIES-IN-FORCE}
 * compares it with last year's afterwards). The narrative sections and the publication date are
 * empty; every other cell is the fresh form's 0 (amounts 0 万元).
 */
public final class NextYearForm {

  private NextYearForm() {}

  /**
   * Next year's form of the report's organ.
   *
   * @param thisYear this year's report, not null
   * @return a report for {@code year + 1} in {@code Edition.forYear(year + 1)}
   * @throws ArithmeticException when {@code year + 1} or a carried sum overflows
   */
  public static AnnualReport from(AnnualReport thisYear) {
    int year = Math.addExact(thisYear.getYear(), 1);
    Edition edition = Edition.forYear(year);
    Applications.Builder applications = Applications.builder(edition);
    Applications current = thisYear.getApplications();
    for (Applicant column : Applicant.values()) {
      applications.set(
          ApplicationRow.CARRIED_OVER, column, current.get(ApplicationRow.CARRIED_FORWARD, column));
    }
    ReportBuilder next = AnnualReport.builder(edition).organ(thisYear.getOrgan()).year(year)
        .applications(applications.build());
    if (edition == Edition.V2019) {
      next.proactiveDisclosure(projectsCarried(thisYear));
    }
    return next.build();
  }

  private static ProactiveDisclosure2019 projectsCarried(AnnualReport thisYear) {
    ProactiveDisclosure2019.Builder next = ProactiveDisclosure2019.builder();
    if (!(thisYear.getProactiveDisclosure() instanceof ProactiveDisclosure2019 current)) {
      return next.build();
    }
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getColumns().contains(PREVIOUS_YEAR) && row.getColumns().contains(CHANGE)) {
        Count previous = current.getCount(row, PREVIOUS_YEAR);
        Count change = current.getCount(row, CHANGE);
        next.set(row, PREVIOUS_YEAR,
            previous.isNumber() && change.isNumber()
                ? Count.of(Math.addExact(previous.getValue(), change.getValue()))
                : Count.blank());
      }
    }
    return next.build();
  }
}
