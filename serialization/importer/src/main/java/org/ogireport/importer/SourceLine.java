package org.ogireport.importer;

/**
 * One line of the report as read: its 1-based line number in the source, its text (pinyin
 * removed), the folded text and the key ({@link TextNormalizer#key}) used for matching, the
 * 1-based column in the source line where
 * the text starts, and whether it is a part of a longer line that ran several lines of the page
 * together (then its digits may hold several cells with no separator).
 */
record SourceLine(int number, String text, String folded, String key, int start,
    boolean unfolded) {

  static SourceLine of(int number, String text) {
    String folded = TextNormalizer.fold(text);
    return new SourceLine(number, text, folded, TextNormalizer.keyOfFolded(folded), 1, false);
  }

  /** The part of this line from {@code from} (inclusive) to {@code to} (exclusive). */
  SourceLine part(int from, int to) {
    String f = folded.substring(from, to);
    return new SourceLine(number, text.substring(from, to), f, TextNormalizer.keyOfFolded(f),
        start + from, true);
  }

  /** The source column of a 1-based column of this line's text. */
  int column(int column) {
    return start - 1 + column;
  }

  /** The text without ASCII and full-width spaces at either end. */
  String trimmed() {
    return trim(text);
  }

  /** Whether the line holds nothing but spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || !isSpace(c)) {
        return false;
      }
    }
    return true;
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
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  static boolean isSpace(char c) {
    return c <= ' ' || c >= '\u00A0' && SPACE[c];
  }

  /** The characters above ASCII that count as spaces. */
  private static final boolean[] SPACE = new boolean[0x10000];

  static {
    for (int c = 0xA0; c < SPACE.length; c++) {
      SPACE[c] = Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
  }
}
