package org.ogireport.office;

import java.util.Arrays;
import org.ogireport.render.FormCell;
import org.ogireport.render.FormGrid;

/**
 * The widths of a form's columns on the page: the label columns (those that hold no data cell)
 * get the widths the official form gives them, the data columns share what is left equally.
 */
final class ColumnWidths {

  private ColumnWidths() {}

  /**
   * The width of each column of a grid, in twentieths of a point, adding up to {@code total}.
   *
   * @param grid the form
   * @param total the width of the table
   */
  static int[] of(FormGrid grid, int total) {
    int[] labelShares = switch (grid.getTable()) {
      // 信息内容: a sixth of the table beside three columns of numbers
      case PROACTIVE_DISCLOSURE -> new int[] {27};
      // 三、本年度办理结果 (narrow, printed a few characters a line), the group, the item
      case APPLICATIONS -> new int[] {6, 13, 30};
      case REVIEW_AND_LITIGATION -> new int[0];
    };
    int labels = labelColumns(grid);
    int[] widths = new int[grid.getWidth()];
    int used = 0;
    for (int c = 0; c < labels; c++) {
      widths[c] = total * labelShares[Math.min(c, labelShares.length - 1)] / 100;
      used += widths[c];
    }
    int data = grid.getWidth() - labels;
    Arrays.fill(widths, labels, widths.length, (total - used) / Math.max(1, data));
    widths[widths.length - 1] += total - Arrays.stream(widths).sum();
    return widths;
  }

  /** The number of leading columns in which no data cell starts or runs. */
  static int labelColumns(FormGrid grid) {
    FormCell[][] matrix = grid.toMatrix();
    int first = grid.getWidth();
    for (FormCell[] row : matrix) {
      for (int c = 0; c < row.length; c++) {
        if (row[c].role() == FormCell.Role.DATA) {
          first = Math.min(first, c);
          break;
        }
      }
    }
    return first;
  }
}
