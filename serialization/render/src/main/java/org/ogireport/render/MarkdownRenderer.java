package org.ogireport.render;

/**
 * Renders a report as Markdown: {@code #} title, {@code ##} section headings, paragraphs, and a
 * pipe table per table section.
 *
 * <p>Pipe tables are expanded grids, spans written as MultiMarkdown writes them, so that a place
 * a spanning label covers is never mistaken for a blank cell: a place covered from the left
 * (colspan) is an empty cell with nothing between its pipes ({@code ||}), a place covered from
 * above (rowspan) is {@code ^^}; a blank cell is a space between pipes ({@code | |}). Viewers
 * that know these spans (MultiMarkdown, markdown-it-multimd-table) draw them merged; others show
 * empty cells and {@code ^^}. The form's first header row is the pipe table's header row, the
 * others follow as ordinary rows. Every value stays in its column. {@code |} and {@code \} in
 * cell texts are escaped. Immutable and thread-safe.
 *
 * <pre>{@code
 * | 第二十条第（一）项 ||||
 * | --- | --- | --- | --- |
 * | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
 * | 规章 | 0 | 0 | 0 |
 * | 四、结转下年度继续办理 ||| 1 | 0 | 0 | 0 | 0 | 0 | |
 * }</pre>
 */
public final class MarkdownRenderer extends DocumentRenderer {

  /**
   * Creates a Markdown renderer; it holds no state, so {@code RenderFormat.MARKDOWN.renderer()}
   * or one shared instance serves as well.
   */
  public MarkdownRenderer() {}

  /** The text of a place covered by the cell above it. */
  static final String COVERED_FROM_ABOVE = "^^";

  @Override
  void begin(StringBuilder out, String title) {
    out.append("# ").append(title).append("\n");
  }

  @Override
  void heading(StringBuilder out, String heading) {
    out.append("\n## ").append(heading).append("\n");
  }

  @Override
  void paragraph(StringBuilder out, String text) {
    out.append('\n').append(text).append('\n');
  }

  @Override
  void table(StringBuilder out, FormGrid grid) {
    FormCell[][] matrix = grid.toMatrix();
    out.append('\n');
    for (int r = 0; r < matrix.length; r++) {
      out.append('|');
      for (int c = 0; c < matrix[r].length; c++) {
        if (FormGrid.isOrigin(matrix, r, c)) {
          String text = escape(matrix[r][c].text());
          out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
        } else if (c == 0 || matrix[r][c - 1] != matrix[r][c]) {
          out.append(' ').append(COVERED_FROM_ABOVE).append(" |");
        } else {
          out.append('|');
        }
      }
      out.append('\n');
      if (r == 0) {
        out.append('|');
        out.append(" --- |".repeat(grid.getWidth()));
        out.append('\n');
      }
    }
  }

  @Override
  void end(StringBuilder out) {}

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|");
  }
}
