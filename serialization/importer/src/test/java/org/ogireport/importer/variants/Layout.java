package org.ogireport.importer.variants;

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
  WORD_HTML;

  boolean isHtml() {
    return this == HTML || this == WORD_HTML;
  }

  /** Whether a blank cell leaves a visible trace (an empty field, line or table cell). */
  boolean showsBlanks() {
    return this != SPACES;
  }
}
