package org.ogireport.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/**
 * A report table laid out as the official form prints it: rows of cells, header and label cells
 * spanning rows and columns as on the form ({@code rowspan}/{@code colspan}), data cells holding
 * the cell text as the report has it.
 *
 * <p>Each renderer draws the same grid: HTML keeps the spans, Markdown and plain text expand them
 * (a spanned cell's text stands in its top-left position, the positions it covers stay empty), so
 * every value stays in its column in every format.
 *
 * <pre>{@code
 * FormGrid grid = FormGrid.of(report.getApplications());
 * grid.getWidth();                    // 10: three label columns and seven applicant columns
 * grid.getRows().get(0).get(0).text() // （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FormGrid {

  private final TableId table;
  private final int width;
  private final List<List<FormCell>> rows;

  FormGrid(TableId table, int width, List<List<FormCell>> rows) {
    this.table = table;
    this.width = width;
    List<List<FormCell>> copy = new ArrayList<>();
    for (List<FormCell> row : rows) {
      copy.add(List.copyOf(row));
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  /**
   * Lays out a report table as the official form of the table's edition prints it.
   *
   * @param table the table, not null
   * @return the grid
   */
  public static FormGrid of(Table<?, ?> table) {
    return FormLayouts.grid(table);
  }

  /** {@return the table laid out} */
  public TableId getTable() {
    return table;
  }

  /** {@return the number of columns of the form, e.g. {@code 10} for table 三} */
  public int getWidth() {
    return width;
  }

  /**
   * {@return the rows, each listing the cells that start in it, left to right (as HTML lists
   * them); unmodifiable} A row covered entirely by spans from above has no cells.
   */
  public List<List<FormCell>> getRows() {
    return rows;
  }

  /**
   * Expands the grid's spans: {@code [row][column]} is the cell that covers the position, the
   * same instance across its span.
   *
   * @return a new matrix of {@code getRows().size()} rows of {@link #getWidth()} cells
   */
  public FormCell[][] toMatrix() {
    FormCell[][] matrix = new FormCell[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (FormCell cell : rows.get(r)) {
        while (matrix[r][c] != null) {
          c++;
        }
        for (int dr = 0; dr < cell.rowSpan(); dr++) {
          for (int dc = 0; dc < cell.colSpan(); dc++) {
            matrix[r + dr][c + dc] = cell;
          }
        }
        c += cell.colSpan();
      }
    }
    return matrix;
  }

  /** Whether the position of an expanded matrix is where its cell starts. */
  static boolean isOrigin(FormCell[][] matrix, int r, int c) {
    FormCell cell = matrix[r][c];
    return (r == 0 || matrix[r - 1][c] != cell) && (c == 0 || matrix[r][c - 1] != cell);
  }
}
