package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.TableLayout;
import org.ogireport.core.constraints.LitTotal;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/** {@code LIT-TOTAL}: in each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
public final class LitTotalValidator implements ConstraintValidator<LitTotal, AnnualReport> {

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
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    ReviewAndLitigation table = report.getReviewAndLitigation();
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int b = 0; b < BLOCKS.length; b++) {
      long printed = CellIndex.count(cells, TOTALS[b]);
      Sides sides = ExactSums.indexTotal(printed, cells, PARTS[b]);
      if (sides != null) {
        valid = false;
        CaseBlock block = BLOCKS[b];
        Finding.of(Rule.LIT_TOTAL, table.getLayout().getSlot(block, CaseResult.TOTAL).getPath())
            .readRow(table, block, CaseResult.parts())
            .read(table, block, CaseResult.TOTAL)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
