package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Sides;

/** {@code LIT-TOTAL}: in each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
final class LitTotalCheck extends ReportCheck {

  private static final CaseBlock[] BLOCKS = CaseBlock.values();
  /** Per block: the indices of its parts. */
  private static final int[][] PARTS = new int[BLOCKS.length][];
  /** Per block: the index of its 总计 cell. */
  private static final int[] TOTALS = new int[BLOCKS.length];

  static {
    TableLayout<CaseBlock, CaseResult> layout = TableLayout.reviewAndLitigation();
    for (CaseBlock block : BLOCKS) {
      PARTS[block.ordinal()] = CellIndex.ofRow(layout, block, CaseResult.parts());
      TOTALS[block.ordinal()] = CellIndex.of(layout, block, CaseResult.TOTAL);
    }
  }

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    ReviewAndLitigation table = report.getReviewAndLitigation();
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int b = ExactSums.firstMismatch(cells, TOTALS, PARTS, 0); b >= 0;
        b = ExactSums.firstMismatch(cells, TOTALS, PARTS, b + 1)) {
      long printed = CellIndex.count(cells, TOTALS[b]);
      Sides sides = ExactSums.indexTotal(printed, cells, PARTS[b]);
      if (sides != null) {
        valid = false;
        CaseBlock block = BLOCKS[b];
        finding(table.getLayout().getSlot(block, CaseResult.TOTAL))
            .readRow(table, block, CaseResult.parts())
            .read(table, block, CaseResult.TOTAL)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
