package org.ogireport.core;

/**
 * The place of one cell in a table layout: its row, its column, its index in
 * {@link Table#getCells()}, and its JSON path from the report root.
 *
 * <pre>{@code
 * TableLayout.applications(Edition.V2021)
 *     .getSlot(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.TOTAL)
 *     .getPath();   // "applications.outcomes.withheld.stateSecret.total"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the row enum
 * @param <C> the column enum
 */
public final class CellSlot<R extends Enum<R> & Row<C>, C extends Enum<C> & Column> {

  private final TableId table;
  private final R row;
  private final C column;
  private final int index;
  private final String path;

  CellSlot(TableId table, R row, C column, int index) {
    this.table = table;
    this.row = row;
    this.column = column;
    this.index = index;
    this.path = table.getJsonName() + "." + row.getJsonPath() + "." + column.getJsonName();
  }

  /** {@return the table the cell is in} */
  public TableId getTable() {
    return table;
  }

  /** {@return the row of the cell} */
  public R getRow() {
    return row;
  }

  /** {@return the column of the cell} */
  public C getColumn() {
    return column;
  }

  /** {@return the position of the cell in {@link Table#getCells()}, from 0} */
  public int getIndex() {
    return index;
  }

  /** {@return what the cell holds, as its column says} */
  public CellKind getKind() {
    return column.getKind();
  }

  /**
   * {@return the cell as a reader of the printed form names it: the table, the row's qualified
   * label and the column's label, e.g. {@code 表三 （三）不予公开 1.属于国家秘密·自然人} or
   * {@code 表四 行政诉讼 复议后起诉·总计}}
   */
  public String getLabel() {
    return "表" + table.getNumbering().replace("、", "") + " " + row.getQualifiedLabel() + "·"
        + column.getLabel();
  }

  /**
   * {@return the JSON path of the cell from the report root, e.g.
   * {@code reviewAndLitigation.review.total}}
   */
  public String getPath() {
    return path;
  }

  @Override
  public String toString() {
    return path;
  }
}
