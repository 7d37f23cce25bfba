package org.ogireport.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Table 四, 政府信息公开行政复议、行政诉讼情况: administrative review and litigation cases in three
 * {@link CaseBlock}s of five {@link CaseResult}s. The same in both editions.
 *
 * <pre>{@code
 * ReviewAndLitigation t = ReviewAndLitigation.builder()
 *     .set(CaseBlock.REVIEW, CaseResult.CORRECTED, 1)
 *     .fillTotals()
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@TableValue
@Value.Immutable
public abstract class ReviewAndLitigation extends Table<CaseBlock, CaseResult> {

  ReviewAndLitigation() {}

  @Override
  @Value.Parameter
  public abstract List<Cell> getCells();

  @Override
  public final TableLayout<CaseBlock, CaseResult> getLayout() {
    return TableLayout.reviewAndLitigation();
  }

  @Value.Check
  void check() {
    checkShape();
  }

  /**
   * The sum of 维持, 纠正, 其他 and 尚未审结 of a block (what its 总计 should be).
   *
   * @throws ArithmeticException when the sum is beyond {@code long}; see {@link #sumExact}
   */
  public long computedTotal(CaseBlock block) {
    return sum(block, CaseResult.parts());
  }

  /** A copy with every 总计 replaced by the sum of its parts. */
  public ReviewAndLitigation withTotalsFilled() {
    return builder().from(this).fillTotals().build();
  }

  /** A fresh table: every cell 0. */
  public static ReviewAndLitigation zeros() {
    return Zeros.TABLE;
  }

  /** A builder starting from all zeros. */
  public static Builder builder() {
    return new Builder();
  }

  /** A table from its 15 cells in layout order. */
  public static ReviewAndLitigation ofCells(List<? extends Cell> cells) {
    return ImmutableReviewAndLitigation.of(cells);
  }

  /** Builds table 四, starting from all zeros. */
  public static final class Builder
      extends Table.Builder<ReviewAndLitigation, CaseBlock, CaseResult, Builder> {

    Builder() {
      super(TableLayout.reviewAndLitigation());
    }

    /** Fills each block's 总计 from its four results. */
    @Override
    public Builder fillTotals() {
      for (CaseBlock block : CaseBlock.values()) {
        CellSlot<CaseBlock, CaseResult> total = getLayout().getSlot(block, CaseResult.TOTAL);
        long sum = 0;
        for (CaseResult column : CaseResult.parts()) {
          sum = addTo(sum, block, column, total);
        }
        set(block, CaseResult.TOTAL, sum);
      }
      return this;
    }

    @Override
    public ReviewAndLitigation build() {
      return ImmutableReviewAndLitigation.of(cells());
    }
  }

  private static final class Zeros {
    static final ReviewAndLitigation TABLE = builder().build();
  }
}
