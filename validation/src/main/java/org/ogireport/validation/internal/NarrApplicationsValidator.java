package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_OVER;
import static org.ogireport.core.ApplicationRow.NEW_RECEIVED;

import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.Applications;
import org.ogireport.core.analysis.NarrativeFigure;
import org.ogireport.core.constraints.NarrApplications;
import org.ogireport.validation.Rule;

/**
 * {@code NARR-APPLICATIONS}: the applications 一、总体情况 says were received are 一、本年新收 总计,
 * or 一 + 二 (some organs write 受理 for everything they handled, carried-over ones included),
 * printed or summed from the six columns.
 */
public final class NarrApplicationsValidator extends NarrativeFigureCheck<NarrApplications> {

  public NarrApplicationsValidator() {
    super(Rule.NARR_APPLICATIONS, NarrativeFigure.APPLICATIONS);
  }

  @Override
  List<Long> supported(AnnualReport report) {
    Applications t = report.getApplications();
    long printed = t.getCount(NEW_RECEIVED, Applicant.TOTAL).orZero();
    long computed = t.computedRowTotal(NEW_RECEIVED);
    long printedOver = t.getCount(CARRIED_OVER, Applicant.TOTAL).orZero();
    long computedOver = t.computedRowTotal(CARRIED_OVER);
    return List.of(printed, computed, printed + printedOver, computed + computedOver);
  }

  @Override
  String reportedOn(AnnualReport report) {
    return report.getApplications().getLayout().getSlot(NEW_RECEIVED, Applicant.TOTAL).getPath();
  }

  @Override
  void read(Finding finding, AnnualReport report) {
    finding.read(report.getApplications(), NEW_RECEIVED, Applicant.TOTAL)
        .read(report.getApplications(), CARRIED_OVER, Applicant.TOTAL);
  }
}
