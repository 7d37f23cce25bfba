package org.ogireport.importer.variants;

import java.util.EnumSet;
import java.util.Set;

/** How a published report prints its tables, as copied from a site, a PDF or a Word file. */
enum Layout {
  /** Every table cell on its own line; a blank cell is an empty line. */
  ONE_PER_LINE,
  /** Every table cell its own paragraph, paragraphs separated by an empty line. */
  ONE_PER_PARAGRAPH,
  /** One table row per line, cells separated by tabs (spanned places empty). */
  TABS,
  /** PDF text: one row per line, "label n n n n n n n", labels wrapped over lines. */
  SPACES,
  /** Markdown pipe tables. */
  MARKDOWN,
  /** An HTML page whose tables use rowspan and colspan as the official form does. */
  HTML,
  /** An HTML page exported from Word: {@code <td><p><span>0</span></p></td>}, {@code &nbsp;}. */
  WORD_HTML,
  /**
   * A crawler's text of a whole site page: metadata lines, then the page's text as one line,
   * headings, paragraphs, table headers, labels and cells run together, stray spaces from
   * {@code &nbsp;} at some cell boundaries, a table split over two pages repeating its group
   * label.
   */
  RUN_TOGETHER,
  /**
   * A PDF→Markdown conversion that scrambled the tables: labels detached from their number
   * rows and emitted as loose wrapped text elsewhere, rows of numbers alone (each its own
   * table), placeholder header rows, page footers between rows, a stray number line, the tables
   * numbered 一、二、三 after narrative sections of the report's own.
   */
  SCRAMBLED_MARKDOWN,
  /**
   * A saved site page around a report exported from Word: head with scripts and styles,
   * navigation, breadcrumb, the headline outside the article or only in {@code <title>}, a
   * 来源/时间 line, share buttons, attachments, the footer; Word's markup in the tables.
   */
  SITE_PAGE;

  /** The quirks a layout never shows (they do not occur in its family). */
  private static final Set<Quirk> NOT_IN_RUN_TOGETHER = EnumSet.of(Quirk.PAGE_FOOTERS,
      Quirk.THOUSANDS_SEPARATORS, Quirk.COUNT_SUFFIX, Quirk.SUBTOTAL_COLUMN);

  boolean isHtml() {
    return this == HTML || this == WORD_HTML || this == SITE_PAGE;
  }

  /** Whether a blank cell leaves a visible trace (an empty field, line or table cell). */
  boolean showsBlanks() {
    return this != SPACES && this != RUN_TOGETHER;
  }

  /** Whether the layout's family shows a quirk. */
  boolean allows(Quirk quirk) {
    return this != RUN_TOGETHER || !NOT_IN_RUN_TOGETHER.contains(quirk);
  }
}
