package org.ogireport.importer;

/**
 * One line of the report as read: its 1-based line number in the source and its text (pinyin
 * removed), plus the folded text used for matching.
 */
record SourceLine(int number, String text, String folded) {

  static SourceLine of(int number, String text) {
    return new SourceLine(number, text, TextNormalizer.fold(text));
  }

  /** The text without ASCII and full-width spaces at either end. */
  String trimmed() {
    return trim(text);
  }

  /** Whether the line holds nothing but spaces and tabs. */
  boolean isBlank() {
    return trimmed().isEmpty() && text.indexOf('\t') < 0;
  }

  /** A text without spaces at either end: ASCII (incl. tab), full-width, no-break, en/em. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isSpace(char c) {
    return c <= ' ' || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
