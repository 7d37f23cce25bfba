package org.ogireport.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a report as plain text for a monospace font: the title, the section headings, the
 * texts, and each table with its columns aligned (CJK characters counted two columns wide, see
 * {@link DisplayWidth}), labels left-aligned, numbers right-aligned, columns two spaces apart.
 *
 * <p>A label spanning several columns takes their width; one spanning several rows is printed in
 * its first row, the rows below leaving its columns blank, unless it is too wide for its columns:
 * then it is wrapped over its rows (the balance note of table 三). A blank cell prints as spaces, so
 * every value stays under its header. Trailing spaces are trimmed. Immutable and thread-safe.
 */
public final class TextRenderer extends DocumentRenderer {

  private static final String GAP = "  ";

  /**
   * Creates a plain-text renderer; it holds no state, so {@code RenderFormat.TEXT.renderer()} or
   * one shared instance serves as well.
   */
  public TextRenderer() {}

  @Override
  void begin(StringBuilder out, String title) {
    out.append(title).append('\n');
  }

  @Override
  void heading(StringBuilder out, String heading) {
    out.append('\n').append(heading).append('\n');
  }

  @Override
  void paragraph(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  @Override
  void table(StringBuilder out, FormGrid grid) {
    FormCell[][] matrix = grid.toMatrix();
    int[] widths = columnWidths(grid, matrix);
    for (int r = 0; r < matrix.length; r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < grid.getWidth(); ) {
        FormCell cell = matrix[r][c];
        int span = spanWidth(widths, c, cell.colSpan());
        String text = lineOf(matrix, r, c, span);
        line.append(c == 0 ? "" : GAP)
            .append(DisplayWidth.pad(text, span, cell.role() == FormCell.Role.DATA));
        c += cell.colSpan();
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  @Override
  void end(StringBuilder out) {}

  /**
   * The line of a cell's text printed in row {@code r}: all of it in the cell's first row, except
   * that a text too wide for a cell spanning rows is wrapped over them.
   */
  private static String lineOf(FormCell[][] matrix, int r, int c, int width) {
    FormCell cell = matrix[r][c];
    int first = r;
    while (first > 0 && matrix[first - 1][c] == cell) {
      first--;
    }
    List<String> lines = wrap(cell.text(), width, cell.rowSpan());
    return r - first < lines.size() ? lines.get(r - first) : "";
  }

  /** The text in at most {@code rows} lines of at most {@code width} columns where it fits. */
  private static List<String> wrap(String text, int width, int rows) {
    if (rows == 1 || DisplayWidth.of(text) <= width) {
      return List.of(text);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (DisplayWidth.of(line + ch) > width && lines.size() < rows - 1) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
      i += ch.length();
    }
    lines.add(line.toString());
    return lines;
  }

  /** Widths from the single-column cells, then widened where a spanning cell needs more. */
  private static int[] columnWidths(FormGrid grid, FormCell[][] matrix) {
    int[] widths = new int[grid.getWidth()];
    for (int r = 0; r < matrix.length; r++) {
      for (int c = 0; c < widths.length; c++) {
        FormCell cell = matrix[r][c];
        if (cell.colSpan() == 1 && FormGrid.isOrigin(matrix, r, c)) {
          widths[c] = Math.max(widths[c], DisplayWidth.of(cell.text()));
        }
      }
    }
    for (int r = 0; r < matrix.length; r++) {
      for (int c = 0; c < widths.length; c++) {
        FormCell cell = matrix[r][c];
        if (cell.colSpan() > 1 && FormGrid.isOrigin(matrix, r, c)) {
          int needed = (DisplayWidth.of(cell.text()) + cell.rowSpan() - 1) / cell.rowSpan() + 1;
          int missing = needed - spanWidth(widths, c, cell.colSpan());
          if (missing > 0) {
            widths[c + cell.colSpan() - 1] += missing;
          }
        }
      }
    }
    return widths;
  }

  private static int spanWidth(int[] widths, int from, int span) {
    int width = GAP.length() * (span - 1);
    for (int c = from; c < from + span; c++) {
      width += widths[c];
    }
    return width;
  }
}
