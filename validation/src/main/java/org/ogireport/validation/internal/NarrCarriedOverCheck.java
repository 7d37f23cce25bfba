package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_OVER;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Applicant;
import org.ogireport.core.analysis.NarrativeFigure;

/** {@code NARR-CARRIED-OVER}: 上年结转 N 件 in 一、总体情况 is 二、上年结转 总计, printed or summed. */
final class NarrCarriedOverCheck extends NarrativeFigureCheck {

  NarrCarriedOverCheck() {
    super(NarrativeFigure.CARRIED_OVER);
  }

  @Override
  List<BigInteger> supported(AnnualReport report) {
    return List.of(
        BigInteger.valueOf(report.getApplications().getCount(CARRIED_OVER, Applicant.TOTAL).orZero()),
        report.getApplications().sumExact(CARRIED_OVER, Applicant.parts()));
  }

  @Override
  CellSlot<?, ?> reportedOn(AnnualReport report) {
    return report.getApplications().getLayout().getSlot(CARRIED_OVER, Applicant.TOTAL);
  }

  @Override
  void read(Finding finding, AnnualReport report) {
    finding.read(report.getApplications(), CARRIED_OVER, Applicant.TOTAL);
  }
}
