package org.ogireport.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One table of a report: its cells, in the order of its {@link TableLayout}.
 *
 * <p>The subclasses are {@link ProactiveDisclosure2019}, {@link ProactiveDisclosure2021},
 * {@link Applications} and {@link ReviewAndLitigation}. Cells are read by row and column:
 *
 * <pre>{@code
 * long granted = report.getApplications()
 *     .getCount(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON).orZero();
 * }</pre>
 *
 * <p>Construction checks the shape only: one cell per slot of the layout, counts where the
 * column holds counts and amounts where it holds money. Immutable and thread-safe.
 *
 * @param <R> the row enum
 * @param <C> the column enum
 */
public abstract class Table<R extends Enum<R> & Row<C>, C extends Enum<C> & Column> {

  Table() {}

  /**
   * {@return every cell in layout order, one per slot: {@code getCells().get(slot.getIndex())}}
   * The list is unmodifiable and holds no null.
   */
  public abstract List<Cell> getCells();

  /** {@return the layout of this table in its edition, the shared instance} */
  public abstract TableLayout<R, C> getLayout();

  /**
   * Gets the cell at a row and column, e.g. {@code get(ApplicationRow.GRANTED, Applicant.TOTAL)}.
   *
   * @param row the row, not null
   * @param column the column, not null
   * @return the cell, a {@link Count} or an {@link Amount} as the column holds
   * @throws IllegalArgumentException when the edition's form has no such cell
   */
  public Cell get(R row, C column) {
    return getCells().get(getLayout().getSlot(row, column).getIndex());
  }

  /**
   * Gets the cell of a slot, without looking the slot up again.
   *
   * @param slot a slot of this table's {@link #getLayout() layout}, not null; a slot of another
   *     layout reads whatever cell has its index
   * @return the cell
   */
  public Cell get(CellSlot<R, C> slot) {
    return getCells().get(slot.getIndex());
  }

  /**
   * Gets the count at a row and column.
   *
   * @param row the row, not null
   * @param column the column, not null
   * @return the count, possibly blank or a marker
   * @throws IllegalArgumentException when the cell holds money or does not exist
   */
  public Count getCount(R row, C column) {
    Cell cell = get(row, column);
    if (cell instanceof Count count) {
      return count;
    }
    throw new IllegalArgumentException(
        getLayout().getSlot(row, column).getPath() + " holds money, not a count");
  }

  /**
   * Gets the amount at a row and column.
   *
   * @param row the row, not null
   * @param column the column, not null
   * @return the amount, possibly blank or a marker
   * @throws IllegalArgumentException when the cell holds a count or does not exist
   */
  public Amount getAmount(R row, C column) {
    Cell cell = get(row, column);
    if (cell instanceof Amount amount) {
      return amount;
    }
    throw new IllegalArgumentException(
        getLayout().getSlot(row, column).getPath() + " holds a count, not money");
  }

  /**
   * Sums the given columns of a row, cells without a number counting as 0.
   *
   * @param row the row, not null
   * @param columns the count columns to add, not null; empty gives 0
   * @return the sum
   * @throws IllegalArgumentException when a column holds money or the row has no such column
   * @throws ArithmeticException when the sum is beyond {@code long} (only counts near
   *     {@link Long#MAX_VALUE} get there); {@link #sumExact(Enum, List)} is exact for any counts
   */
  public long sum(R row, List<C> columns) {
    long total = 0;
    for (C column : columns) {
      total = Math.addExact(total, getCount(row, column).orZero());
    }
    return total;
  }

  /**
   * Sums one column over the given rows, cells without a number counting as 0.
   *
   * @param rows the rows to add, not null; empty gives 0
   * @param column the count column, not null
   * @return the sum
   * @throws IllegalArgumentException when the column holds money or a row has no such column
   * @throws ArithmeticException when the sum is beyond {@code long}; {@link #sumExact(List, Enum)}
   *     is exact for any counts
   */
  public long sum(List<R> rows, C column) {
    long total = 0;
    for (R row : rows) {
      total = Math.addExact(total, getCount(row, column).orZero());
    }
    return total;
  }

  /**
   * Sums the given columns of a row exactly, however large the counts; cells without a number
   * count as 0.
   *
   * @param row the row, not null
   * @param columns the count columns to add, not null; empty gives 0
   * @return the sum
   * @throws IllegalArgumentException when a column holds money or the row has no such column
   */
  public BigInteger sumExact(R row, List<C> columns) {
    BigInteger total = BigInteger.ZERO;
    for (C column : columns) {
      total = total.add(BigInteger.valueOf(getCount(row, column).orZero()));
    }
    return total;
  }

  /**
   * Sums one column over the given rows exactly, however large the counts; cells without a
   * number count as 0.
   *
   * @param rows the rows to add, not null; empty gives 0
   * @param column the count column, not null
   * @return the sum
   * @throws IllegalArgumentException when the column holds money or a row has no such column
   */
  public BigInteger sumExact(List<R> rows, C column) {
    BigInteger total = BigInteger.ZERO;
    for (R row : rows) {
      total = total.add(BigInteger.valueOf(getCount(row, column).orZero()));
    }
    return total;
  }

  /** Checks the shape against the layout; called by each subclass's {@code @Value.Check}. */
  final void checkShape() {
    TableLayout<R, C> layout = getLayout();
    List<Cell> cells = getCells();
    if (cells.size() != layout.size()) {
      throw new IllegalArgumentException(
          "table " + layout + " has " + layout.size() + " cells, got " + cells.size());
    }
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (cell == null) {
        throw new NullPointerException(
            layout.getSlots().get(i).getPath() + " is null: use Count.blank() for a blank cell");
      }
      if (layout.isMoney(i) != (cell instanceof Amount)) {
        throw new IllegalArgumentException(
            layout.getSlots().get(i).getPath() + " must hold "
                + (layout.isMoney(i) ? "an Amount" : "a Count")
                + ", got " + cell.getClass().getSimpleName() + " " + cell);
      }
    }
  }

  /**
   * A builder of a table that starts as the fresh form: every count 0, every amount 0 万元.
   * Every setter replaces one or more cells and returns this builder. Not thread-safe: use one
   * builder per thread.
   *
   * @param <T> the table type built
   * @param <R> the row enum
   * @param <C> the column enum
   * @param <B> the builder type itself
   */
  public abstract static class Builder<
      T extends Table<R, C>,
      R extends Enum<R> & Row<C>,
      C extends Enum<C> & Column,
      B extends Builder<T, R, C, B>> {

    private final TableLayout<R, C> layout;
    private final Cell[] cells;

    Builder(TableLayout<R, C> layout) {
      this.layout = layout;
      this.cells = layout.zeros().toArray(new Cell[0]);
    }

    /** {@return the layout being filled} */
    public TableLayout<R, C> getLayout() {
      return layout;
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * Sets a count in a count column.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @param value the printed number, any {@code long}
     * @return this builder
     * @throws IllegalArgumentException when the cell does not exist or holds money
     */
    public B set(R row, C column, long value) {
      return set(row, column, Count.of(value));
    }

    /**
     * Sets a cell: a {@link Count} in a count column, an {@link Amount} in a money column.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @param cell the cell, not null; {@link Count#blank()} or {@link Amount#blank()} for a blank
     * @return this builder
     * @throws IllegalArgumentException when the cell does not exist or is of the wrong kind
     * @throws NullPointerException when {@code cell} is null, naming the cell's path
     */
    public B set(R row, C column, Cell cell) {
      CellSlot<R, C> slot = layout.getSlot(row, column);
      Objects.requireNonNull(cell, slot.getPath());
      boolean money = layout.isMoney(slot.getIndex());
      if (money != (cell instanceof Amount)) {
        throw new IllegalArgumentException(
            slot.getPath() + " must hold " + (money ? "an Amount" : "a Count"));
      }
      cells[slot.getIndex()] = cell;
      return self();
    }

    /**
     * Sets an amount with its unit in a money column.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @param value the amount at its printed scale, not null
     * @param unit the printed unit, not null
     * @return this builder
     * @throws IllegalArgumentException when the cell does not exist or holds counts
     */
    public B set(R row, C column, BigDecimal value, MoneyUnit unit) {
      return set(row, column, Amount.of(value, unit));
    }

    /**
     * Sets the counts of a row, in the row's column order.
     *
     * <pre>{@code
     * builder.setRow(ApplicationRow.NEW_RECEIVED, 5, 1, 0, 0, 0, 0, 6);
     * }</pre>
     *
     * @param row the row, not null
     * @param values one printed number per column of the row, in {@link Row#getColumns()} order
     * @return this builder
     * @throws IllegalArgumentException when the number of values is not the number of columns,
     *     or a column holds money
     */
    public B setRow(R row, long... values) {
      List<C> columns = row.getColumns();
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            layout.getTable().getJsonName() + "." + row.getJsonPath() + " has " + columns.size()
                + " columns, got " + values.length + " values: " + Arrays.toString(values));
      }
      for (int i = 0; i < values.length; i++) {
        set(row, columns.get(i), values[i]);
      }
      return self();
    }

    /**
     * Marks a cell as left blank.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @return this builder
     * @throws IllegalArgumentException when the cell does not exist
     */
    public B setBlank(R row, C column) {
      CellSlot<R, C> slot = layout.getSlot(row, column);
      cells[slot.getIndex()] = slot.getKind().isMoney() ? Amount.blank() : Count.blank();
      return self();
    }

    /**
     * Marks a cell as printed with a marker such as {@code /}.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @return this builder
     * @throws IllegalArgumentException when the cell does not exist
     */
    public B setMarker(R row, C column) {
      CellSlot<R, C> slot = layout.getSlot(row, column);
      cells[slot.getIndex()] = slot.getKind().isMoney() ? Amount.marker() : Count.marker();
      return self();
    }

    /**
     * Sets the cell at a slot, as {@link #set(Enum, Enum, Cell)} at its row and column.
     *
     * @param slot the slot, not null
     * @param cell the cell, not null
     * @return this builder
     * @throws IllegalArgumentException when this layout has no such cell or it is of the wrong
     *     kind
     */
    public B set(CellSlot<R, C> slot, Cell cell) {
      return set(slot.getRow(), slot.getColumn(), cell);
    }

    /**
     * Copies every cell of a table of the same layout, replacing what was set.
     *
     * @param table the table, not null
     * @return this builder
     * @throws IllegalArgumentException when the table has another layout (another edition)
     */
    public B from(T table) {
      if (table.getLayout() != layout) {
        throw new IllegalArgumentException(
            "cannot copy table " + table.getLayout() + " into " + layout);
      }
      table.getCells().toArray(cells);
      return self();
    }

    /**
     * Gets the cell currently set at a row and column.
     *
     * @param row the row, not null
     * @param column the column, not null
     * @return the cell, never null
     * @throws IllegalArgumentException when the cell does not exist
     */
    public Cell get(R row, C column) {
      return cells[layout.getSlot(row, column).getIndex()];
    }

    /** The count currently set at a row and column, 0 when it has no number. */
    long countOrZero(R row, C column) {
      Cell cell = get(row, column);
      return cell instanceof Count count ? count.orZero() : 0;
    }

    /**
     * Adds the count at a row and column to a running sum for the total at {@code total}.
     *
     * @throws ArithmeticException naming the total when the sum is beyond {@code long}
     */
    long addTo(long sum, R row, C column, CellSlot<?, ?> total) {
      try {
        return Math.addExact(sum, countOrZero(row, column));
      } catch (ArithmeticException e) {
        throw new ArithmeticException(
            total.getPath() + ": the sum of its parts is beyond the range of a count (a long)");
      }
    }

    /**
     * Replaces every printed total with the sum of its parts (cells without a number count as
     * 0). Table 二 has no totals: there this does nothing.
     *
     * @return this builder
     * @throws ArithmeticException naming the total when a sum is beyond {@code long}
     */
    public B fillTotals() {
      return self();
    }

    /** The cells as set, in layout order. */
    List<Cell> cells() {
      return Arrays.asList(cells.clone());
    }

    /**
     * Builds the table from the cells set so far; the builder can be used on.
     *
     * @return the table
     */
    public abstract T build();
  }
}
