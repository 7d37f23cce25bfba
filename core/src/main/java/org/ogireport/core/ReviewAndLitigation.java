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
   * Sums 维持, 纠正, 其他 and 尚未审结 of a block: what its 总计 should be. Cells without a number
   * count as 0.
   *
   * @param block the block, not null
   * @return the sum
   * @throws ArithmeticException when the sum is beyond {@code long}; see {@link #sumExact}
   */
  public long computedTotal(CaseBlock block) {
    return sum(block, CaseResult.parts());
  }

  /**
   * Returns a copy with every 总计 replaced by the sum of its parts.
   *
   * @return the copy
   * @throws ArithmeticException naming the total when a sum is beyond {@code long}
   */
  public ReviewAndLitigation withTotalsFilled() {
    return builder().from(this).fillTotals().build();
  }

  /** {@return the fresh table, a shared instance: every cell 0} */
  public static ReviewAndLitigation zeros() {
    return Zeros.TABLE;
  }

  /** {@return a new builder starting from all zeros} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a table from its 15 cells in layout order.
   *
   * @param cells one cell per slot of {@link TableLayout#reviewAndLitigation()}, in order; not
   *     null, no null element
   * @return the table
   * @throws IllegalArgumentException when the number of cells is wrong or a cell is an
   *     {@link Amount}, naming the cell
   * @throws NullPointerException when {@code cells} or one of them is null
   */
  public static ReviewAndLitigation ofCells(List<? extends Cell> cells) {
    return ImmutableReviewAndLitigation.of(cells);
  }

  /** Builds table 四, starting from all zeros. */
  public static final class Builder
      extends Table.Builder<ReviewAndLitigation, CaseBlock, CaseResult, Builder> {

    Builder() {
      super(TableLayout.reviewAndLitigation());
    }

    /**
     * Fills each block's 总计 from its four results.
     *
     * @return this builder
     * @throws ArithmeticException naming the total when a sum is beyond {@code long}
     */
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
