package org.ogireport.validation.internal;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CellSlot;
import org.ogireport.core.analysis.NarrativeFigure;

/**
 * A narrative rule whose figure is the 总计 of one row of table 三 ({@code NARR-CARRIED-OVER} for
 * 二、上年结转, {@code NARR-CARRIED-FORWARD} for 四、结转下年度继续办理): the printed total or the sum of
 * the row's six columns, reported on the printed total.
 */
abstract class RowTotalFigureCheck extends NarrativeFigureCheck {

  private final ApplicationRow row;

  RowTotalFigureCheck(NarrativeFigure figure, ApplicationRow row) {
    super(figure);
    this.row = row;
  }

  @Override
  final List<BigInteger> supported(AnnualReport report) {
    Applications table = report.getApplications();
    return List.of(BigInteger.valueOf(table.getCount(row, Applicant.TOTAL).orZero()),
        table.sumExact(row, Applicant.parts()));
  }

  @Override
  final CellSlot<?, ?> reportedOn(AnnualReport report) {
    return report.getApplications().getLayout().getSlot(row, Applicant.TOTAL);
  }

  @Override
  final void read(Finding finding, AnnualReport report) {
    finding.read(report.getApplications(), row, Applicant.TOTAL);
  }
}
