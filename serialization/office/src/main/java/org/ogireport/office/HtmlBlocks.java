package org.ogireport.office;

import java.util.List;
import org.ogireport.core.ReportFormatException;
import org.ogireport.render.HtmlRenderer;

/**
 * The paragraphs and tables a reader found in a document, in reading order, written as the HTML
 * the text importer reads ({@code ReportImporter.readHtml}): a {@code <p>} per paragraph, a
 * {@code <table>} per table with its {@code rowspan}/{@code colspan}, one line each, so that the
 * line of a diagnostic is the paragraph or table row it came from.
 */
final class HtmlBlocks {

  /** A table cell where it starts, with the rows and columns it covers. */
  record Cell(String text, int rowSpan, int colSpan) {}

  private final StringBuilder html = new StringBuilder(8 * 1024)
      .append("<!DOCTYPE html>\n<html>\n<body>\n");
  private final String source;
  private final int maxCharacters;
  private int characters;

  HtmlBlocks(String source, int maxCharacters) {
    this.source = source;
    this.maxCharacters = maxCharacters;
  }

  /** Adds a paragraph; a blank one is dropped. */
  void paragraph(String text) {
    String t = text.strip();
    if (!t.isEmpty()) {
      html.append("<p>").append(escape(t)).append("</p>\n");
    }
  }

  /** Adds a table: its rows, each listing the cells that start in it, left to right. */
  void table(List<List<Cell>> rows) {
    html.append("<table>\n");
    for (List<Cell> row : rows) {
      html.append("<tr>");
      for (Cell cell : row) {
        html.append("<td");
        if (cell.rowSpan() > 1) {
          html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() > 1) {
          html.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        html.append('>').append(escape(cell.text().strip())).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private String escape(String text) {
    characters += text.length();
    if (characters > maxCharacters) {
      throw new ReportFormatException(source,
          "too much text: over " + maxCharacters + " characters");
    }
    return HtmlRenderer.escape(text);
  }

  /** The page. */
  String toHtml() {
    return html + "</body>\n</html>\n";
  }
}
