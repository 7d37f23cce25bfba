package org.ogireport.validation.internal;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.analysis.NarrativeFigure;

/**
 * {@code NARR-LITIGATION}: 行政诉讼 N 件 in 一、总体情况 is the two 行政诉讼 总计 together (未经复议直接起诉
 * and 复议后起诉), printed or summed; reported on the first of them.
 */
final class NarrLitigationCheck extends NarrativeFigureCheck {

  private static final List<CaseBlock> BLOCKS =
      List.of(CaseBlock.values()).stream().filter(CaseBlock::isLitigation).toList();

  NarrLitigationCheck() {
    super(NarrativeFigure.LITIGATION);
  }

  @Override
  List<BigInteger> supported(AnnualReport report) {
    ReviewAndLitigation t = report.getReviewAndLitigation();
    BigInteger printed = BigInteger.ZERO;
    BigInteger computed = BigInteger.ZERO;
    for (CaseBlock block : BLOCKS) {
      printed = printed.add(BigInteger.valueOf(t.getCount(block, CaseResult.TOTAL).orZero()));
      computed = computed.add(t.sumExact(block, CaseResult.parts()));
    }
    return List.of(printed, computed);
  }

  @Override
  CellSlot<?, ?> reportedOn(AnnualReport report) {
    return report.getReviewAndLitigation().getLayout()
        .getSlot(BLOCKS.get(0), CaseResult.TOTAL);
  }

  @Override
  void read(Finding finding, AnnualReport report) {
    for (CaseBlock block : BLOCKS) {
      finding.read(report.getReviewAndLitigation(), block, CaseResult.TOTAL);
    }
  }
}
