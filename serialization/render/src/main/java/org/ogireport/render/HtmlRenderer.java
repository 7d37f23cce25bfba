package org.ogireport.render;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/**
 * Renders a report as HTML: a {@code <table>} per table section with the official form's
 * {@code rowspan}/{@code colspan}, headers and row labels as {@code <th>}, data as {@code <td>}.
 *
 * <pre>{@code
 * String page = HtmlRenderer.page().render(report);          // a complete UTF-8 document
 * String part = HtmlRenderer.fragment().render(report);      // an <article> to embed
 * String table = HtmlRenderer.fragment().renderTable(report.getReviewAndLitigation());
 * }</pre>
 *
 * <p>No inline styles: each table has a class ({@link #cssClass(TableId)}), each section an
 * {@code <section>}; the full page carries a small stylesheet in its {@code <head>} that draws the
 * borders of the form and can be replaced by the embedding page's own. Every text is escaped.
 * Immutable and thread-safe.
 */
public final class HtmlRenderer extends DocumentRenderer {

  /** The stylesheet of the full page: class selectors only. */
  static final String STYLESHEET = String.join("\n",
      "body { font-family: sans-serif; margin: 2em; }",
      "h1 { text-align: center; font-size: 1.5em; }",
      "table.ogi-proactive-disclosure, table.ogi-applications, table.ogi-review-litigation"
          + " { border-collapse: collapse; margin: 1em 0; }",
      "table.ogi-proactive-disclosure th, table.ogi-proactive-disclosure td,"
          + " table.ogi-applications th, table.ogi-applications td,"
          + " table.ogi-review-litigation th, table.ogi-review-litigation td"
          + " { border: 1px solid #000; padding: 0.3em 0.5em; }",
      "th { font-weight: normal; background: #f2f2f2; }",
      "th[scope=\"row\"] { text-align: left; }",
      "td { text-align: right; min-width: 3em; }");

  private static final HtmlRenderer PAGE = new HtmlRenderer(true);
  private static final HtmlRenderer FRAGMENT = new HtmlRenderer(false);

  private final boolean fullPage;

  private HtmlRenderer(boolean fullPage) {
    this.fullPage = fullPage;
  }

  /** {@return the renderer of complete pages ({@code <!DOCTYPE html>}, head with title and stylesheet)} */
  public static HtmlRenderer page() {
    return PAGE;
  }

  /** {@return the renderer of embeddable {@code <article class="ogi-report">} elements} */
  public static HtmlRenderer fragment() {
    return FRAGMENT;
  }

  /**
   * Gets the CSS class a table's {@code <table>} element carries.
   *
   * @param table the table, not null
   * @return {@code ogi-proactive-disclosure}, {@code ogi-applications} or
   *     {@code ogi-review-litigation}
   */
  public static String cssClass(TableId table) {
    return switch (table) {
      case PROACTIVE_DISCLOSURE -> "ogi-proactive-disclosure";
      case APPLICATIONS -> "ogi-applications";
      case REVIEW_AND_LITIGATION -> "ogi-review-litigation";
    };
  }

  /**
   * The stylesheet of the full page, for a page of one's own that embeds fragments: class
   * selectors only, no inline styles.
   *
   * @return the CSS text
   */
  public static String stylesheet() {
    return STYLESHEET;
  }

  /**
   * One table alone with some data cells marked: each data cell whose slot {@code marks} gives a
   * {@link CellMark} gets its classes, its tooltip and its note.
   *
   * @param table the table, not null
   * @param marks the mark of a cell slot of the table's layout, or empty to leave the cell as is
   * @return the {@code <table>} element
   */
  public String renderTable(
      Table<?, ?> table, Function<? super CellSlot<?, ?>, Optional<CellMark>> marks) {
    StringBuilder out = new StringBuilder();
    table(out, FormGrid.of(table), table.getLayout().getSlots(), marks);
    return out.toString();
  }

  /**
   * Escapes text for HTML content and attribute values: {@code & < > " '} become character
   * references, e.g. {@code a<b} becomes {@code a&lt;b}.
   *
   * @param text the text, not null
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  void begin(StringBuilder out, String title) {
    if (fullPage) {
      out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<title>").append(escape(title)).append("</title>\n")
          .append("<style>\n").append(STYLESHEET).append("\n</style>\n</head>\n<body>\n");
    }
    out.append("<article class=\"ogi-report\">\n<h1>").append(escape(title)).append("</h1>\n");
  }

  @Override
  void heading(StringBuilder out, String heading) {
    out.append("<h2>").append(escape(heading)).append("</h2>\n");
  }

  @Override
  void paragraph(StringBuilder out, String text) {
    out.append("<p>").append(escape(text)).append("</p>\n");
  }

  @Override
  void table(StringBuilder out, FormGrid grid) {
    table(out, grid, List.of(), slot -> Optional.empty());
  }

  /**
   * The table with marks on data cells. The grid lists its data cells in layout order (row by row,
   * each row's columns in order), so the n-th data cell is the n-th slot.
   */
  private static void table(StringBuilder out, FormGrid grid, List<? extends CellSlot<?, ?>> slots,
      Function<? super CellSlot<?, ?>, Optional<CellMark>> marks) {
    out.append("<table class=\"").append(cssClass(grid.getTable())).append("\">\n");
    int data = 0;
    for (List<FormCell> row : grid.getRows()) {
      out.append("<tr>");
      for (FormCell cell : row) {
        String tag = cell.role() == FormCell.Role.DATA ? "td" : "th";
        Optional<CellMark> mark = cell.role() == FormCell.Role.DATA && !slots.isEmpty()
            ? marks.apply(slots.get(data++))
            : Optional.empty();
        out.append('<').append(tag);
        if (mark.isPresent()) {
          out.append(" class=\"").append(escape(mark.get().cssClass())).append('"');
          if (!mark.get().title().isEmpty()) {
            out.append(" title=\"").append(escape(mark.get().title())).append('"');
          }
        }
        if (cell.role() == FormCell.Role.LABEL) {
          out.append(" scope=\"row\"");
        }
        if (cell.rowSpan() > 1) {
          out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.colSpan() > 1) {
          out.append(" colspan=\"").append(cell.colSpan()).append('"');
        }
        out.append('>').append(escape(cell.text()));
        if (mark.isPresent() && !mark.get().note().isEmpty()) {
          out.append("<br><small>").append(escape(mark.get().note())).append("</small>");
        }
        out.append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  @Override
  void end(StringBuilder out) {
    out.append("</article>\n");
    if (fullPage) {
      out.append("</body>\n</html>\n");
    }
  }
}
