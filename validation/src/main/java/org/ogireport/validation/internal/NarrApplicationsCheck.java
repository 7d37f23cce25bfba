package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_OVER;
import static org.ogireport.core.ApplicationRow.NEW_RECEIVED;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Applicant;
import org.ogireport.core.Applications;
import org.ogireport.core.analysis.NarrativeFigure;

/**
 * {@code NARR-APPLICATIONS}: the applications 一、总体情况 says were received are 一、本年新收 总计,
 * or 一 + 二 (some organs write 受理 for everything they handled, carried-over ones included),
 * printed or summed from the six columns.
 */
final class NarrApplicationsCheck extends NarrativeFigureCheck {

  NarrApplicationsCheck() {
    super(NarrativeFigure.APPLICATIONS);
  }

  @Override
  List<BigInteger> supported(AnnualReport report) {
    Applications t = report.getApplications();
    BigInteger printed = BigInteger.valueOf(t.getCount(NEW_RECEIVED, Applicant.TOTAL).orZero());
    BigInteger computed = t.sumExact(NEW_RECEIVED, Applicant.parts());
    BigInteger printedOver = BigInteger.valueOf(t.getCount(CARRIED_OVER, Applicant.TOTAL).orZero());
    BigInteger computedOver = t.sumExact(CARRIED_OVER, Applicant.parts());
    return List.of(printed, computed, printed.add(printedOver), computed.add(computedOver));
  }

  @Override
  CellSlot<?, ?> reportedOn(AnnualReport report) {
    return report.getApplications().getLayout().getSlot(NEW_RECEIVED, Applicant.TOTAL);
  }

  @Override
  void read(Finding finding, AnnualReport report) {
    finding.read(report.getApplications(), NEW_RECEIVED, Applicant.TOTAL)
        .read(report.getApplications(), CARRIED_OVER, Applicant.TOTAL);
  }
}
