package org.ogireport.validation.internal;

import java.util.List;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Row;
import org.ogireport.core.TableLayout;

/**
 * Cell positions computed once per layout, and the sums the rules take over them: the passing
 * path of a rule reads {@code getCells()} by index, with no slot lookup, no iterator, no boxing
 * and no allocation. The row and column enums stay for reporting a failure.
 *
 * <pre>{@code
 * int[] parts = CellIndex.ofRow(layout, row, Applicant.parts());   // once, in a static table
 * Sides sides = ExactSums.indexTotal(printed, table.getCells(), parts);   // per report
 * }</pre>
 */
final class CellIndex {

  private CellIndex() {}

  /** The index of the cell at a row and column. */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> int of(
      TableLayout<R, C> layout, R row, C column) {
    return layout.getSlot(row, column).getIndex();
  }

  /** The indices of a row's cells in the given columns. */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> int[] ofRow(
      TableLayout<R, C> layout, R row, List<C> columns) {
    int[] indices = new int[columns.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = of(layout, row, columns.get(i));
    }
    return indices;
  }

  /** The indices of a column's cells in the given rows. */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> int[] ofColumn(
      TableLayout<R, C> layout, List<R> rows, C column) {
    int[] indices = new int[rows.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = of(layout, rows.get(i), column);
    }
    return indices;
  }

  /** The count at an index, 0 when it has no number (a count column of the layout). */
  static long count(List<Cell> cells, int index) {
    return ((Count) cells.get(index)).orZero();
  }
}
