package org.ogireport.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Table 三, 收到和处理政府信息公开申请情况: applications by applicant (columns) and by what became
 * of them (rows).
 *
 * <p>The printed totals (the 总计 column and the （七）总计 row) are data, kept as published; the
 * {@code computed…} methods give the sums of the parts, which the rules compare with them.
 *
 * <pre>{@code
 * Applications t = Applications.builder(Edition.V2021)
 *     .setRow(ApplicationRow.NEW_RECEIVED, 8, 0, 0, 0, 0, 0, 0)
 *     .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 8)
 *     .fillTotals()
 *     .build();
 * t.getCount(ApplicationRow.OUTCOME_TOTAL, Applicant.TOTAL).getValue();   // 8
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@TableValue
@Value.Immutable
public abstract class Applications extends Table<ApplicationRow, Applicant> {

  Applications() {}

  /** {@return the edition whose rows the table has} */
  @Value.Parameter
  public abstract Edition getEdition();

  @Override
  @Value.Parameter
  public abstract List<Cell> getCells();

  @Override
  public final TableLayout<ApplicationRow, Applicant> getLayout() {
    return TableLayout.applications(getEdition());
  }

  @Value.Check
  void check() {
    checkShape();
  }

  /**
   * Sums the six applicant columns of a row: what its 总计 should be. Cells without a number
   * count as 0.
   *
   * @param row a row of the table's edition, not null
   * @return the sum
   * @throws IllegalArgumentException when the row is not in the table's edition
   * @throws ArithmeticException when the sum is beyond {@code long}; see {@link #sumExact}
   */
  public long computedRowTotal(ApplicationRow row) {
    return sum(row, Applicant.parts());
  }

  /**
   * Sums a column over every outcome row of the edition: what its （七）总计 should be. Cells
   * without a number count as 0.
   *
   * @param column the column, not null; {@link Applicant#TOTAL} sums the printed 总计 column
   * @return the sum
   * @throws ArithmeticException when the sum is beyond {@code long}; see {@link #sumExact}
   */
  public long computedOutcomeTotal(Applicant column) {
    return sum(ApplicationRow.outcomes(getEdition()), column);
  }

  /**
   * Returns a copy with every total replaced by the sum of its parts, as
   * {@link Builder#fillTotals()} computes them.
   *
   * @return the copy
   * @throws ArithmeticException naming the total when a sum is beyond {@code long}
   */
  public Applications withTotalsFilled() {
    return builder(getEdition()).from(this).fillTotals().build();
  }

  /**
   * Gets the fresh form of an edition: every cell 0.
   *
   * @param edition the edition, not null
   * @return the table, a shared instance
   */
  public static Applications zeros(Edition edition) {
    return Zeros.TABLES.get(edition);
  }

  /**
   * Creates a builder starting from the fresh form of an edition.
   *
   * @param edition the edition, not null
   * @return a new builder
   */
  public static Builder builder(Edition edition) {
    return new Builder(edition);
  }

  /**
   * Obtains a table from its cells in layout order.
   *
   * @param edition the edition, not null
   * @param cells one cell per slot of {@link TableLayout#applications(Edition)}, in order; not
   *     null, no null element
   * @return the table
   * @throws IllegalArgumentException when the number of cells is wrong or a cell is an
   *     {@link Amount}, naming the cell
   * @throws NullPointerException when {@code cells} or one of them is null
   */
  public static Applications ofCells(Edition edition, List<? extends Cell> cells) {
    return ImmutableApplications.of(edition, cells);
  }

  /** Builds table 三 of one edition, starting from all zeros. */
  public static final class Builder
      extends Table.Builder<Applications, ApplicationRow, Applicant, Builder> {

    private final Edition edition;

    Builder(Edition edition) {
      super(TableLayout.applications(edition));
      this.edition = edition;
    }

    /**
     * Fills every row's 总计 from its six columns, then the （七）总计 row from the outcome rows.
     *
     * @return this builder
     * @throws ArithmeticException naming the total when a sum is beyond {@code long}
     */
    @Override
    public Builder fillTotals() {
      for (ApplicationRow row : getLayout().getRows()) {
        CellSlot<ApplicationRow, Applicant> total = getLayout().getSlot(row, Applicant.TOTAL);
        long sum = 0;
        for (Applicant column : Applicant.parts()) {
          sum = addTo(sum, row, column, total);
        }
        set(row, Applicant.TOTAL, sum);
      }
      for (Applicant column : Applicant.values()) {
        CellSlot<ApplicationRow, Applicant> total =
            getLayout().getSlot(ApplicationRow.OUTCOME_TOTAL, column);
        long sum = 0;
        for (ApplicationRow row : ApplicationRow.outcomes(edition)) {
          sum = addTo(sum, row, column, total);
        }
        set(ApplicationRow.OUTCOME_TOTAL, column, sum);
      }
      return this;
    }

    @Override
    public Applications build() {
      return ImmutableApplications.of(edition, cells());
    }
  }

  private static final class Zeros {
    static final Map<Edition, Applications> TABLES = new EnumMap<>(Edition.class);

    static {
      for (Edition e : Edition.values()) {
        TABLES.put(e, builder(e).build());
      }
    }
  }
}
