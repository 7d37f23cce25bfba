package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.constraints.LitTotal;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/** {@code LIT-TOTAL}: in each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
public final class LitTotalValidator implements ConstraintValidator<LitTotal, AnnualReport> {

  private static final CaseBlock[] BLOCKS = CaseBlock.values();

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    ReviewAndLitigation table = report.getReviewAndLitigation();
    boolean valid = true;
    for (CaseBlock block : BLOCKS) {
      long printed = table.getCount(block, CaseResult.TOTAL).orZero();
      Sides sides = ExactSums.rowTotal(printed, table, block, CaseResult.parts());
      if (sides != null) {
        valid = false;
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
