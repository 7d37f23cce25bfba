package org.ogireport.importer;

/**
 * One printed cell value (a number, an amount, a marker) or an explicitly empty cell, with its
 * place in the source, and whether it was printed where cells run together (a page run together,
 * or digits against their label), so that it may hold several cells.
 */
record Token(String text, int line, int column, boolean runTogether) {

  Token(String text, int line, int column) {
    this(text, line, column, false);
  }

  /** An empty cell: a blank table cell, an empty field between tabs, a line of only a tab. */
  static Token empty(int line, int column) {
    return new Token("", line, column);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}
