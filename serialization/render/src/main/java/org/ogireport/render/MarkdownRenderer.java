package org.ogireport.render;

/**
 * Renders a report as Markdown: {@code #} title, {@code ##} section headings, paragraphs, and a
 * pipe table per table section.
 *
 * <p>Pipe tables have no spans: the grid is expanded, a spanned label standing in its top-left
 * position and the positions it covers left empty; the form's first header row is the pipe
 * table's header row, the others follow as ordinary rows. Every value stays in its column.
 * {@code |} and {@code \} in cell texts are escaped. Immutable and thread-safe.
 *
 * <pre>{@code
 * | 第二十条第（一）项 |  |  |  |
 * | --- | --- | --- | --- |
 * | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
 * | 规章 | 0 | 0 | 0 |
 * }</pre>
 */
public final class MarkdownRenderer extends DocumentRenderer {

  /**
   * Creates a Markdown renderer; it holds no state, so {@code RenderFormat.MARKDOWN.renderer()}
   * or one shared instance serves as well.
   */
  public MarkdownRenderer() {}

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
        String text = FormGrid.isOrigin(matrix, r, c) ? escape(matrix[r][c].text()) : "";
        out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
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
