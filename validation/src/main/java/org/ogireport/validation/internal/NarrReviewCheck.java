package org.ogireport.validation.internal;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.analysis.NarrativeFigure;

/** {@code NARR-REVIEW}: 行政复议 N 件 in 一、总体情况 is table 四 行政复议 总计, printed or summed. */
final class NarrReviewCheck extends NarrativeFigureCheck {

  NarrReviewCheck() {
    super(NarrativeFigure.REVIEW);
  }

  @Override
  List<BigInteger> supported(AnnualReport report) {
    ReviewAndLitigation t = report.getReviewAndLitigation();
    return List.of(BigInteger.valueOf(t.getCount(CaseBlock.REVIEW, CaseResult.TOTAL).orZero()),
        t.sumExact(CaseBlock.REVIEW, CaseResult.parts()));
  }

  @Override
  CellSlot<?, ?> reportedOn(AnnualReport report) {
    return report.getReviewAndLitigation().getLayout()
        .getSlot(CaseBlock.REVIEW, CaseResult.TOTAL);
  }

  @Override
  void read(Finding finding, AnnualReport report) {
    finding.readRow(report.getReviewAndLitigation(), CaseBlock.REVIEW, List.of(CaseResult.values()));
  }
}
