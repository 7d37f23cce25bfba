package org.ogireport.render;

/**
 * The width of a text in a monospace font: East Asian wide and fullwidth characters (CJK
 * ideographs, CJK and fullwidth punctuation such as {@code （} and {@code 、}) take two columns,
 * others one.
 *
 * <pre>{@code
 * DisplayWidth.of("规章");     // 4
 * DisplayWidth.of("（一）");   // 6
 * DisplayWidth.of("91.82");   // 5
 * }</pre>
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  /**
   * Measures the number of monospace columns a text takes, e.g. 4 for {@code 规章}.
   *
   * @param text the text, not null; a line break counts as one column like any other character
   * @return the width, 0 for an empty text
   */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Whether a code point is East Asian Wide or Fullwidth (Unicode UAX #11, main ranges). */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** The text padded with spaces to a width, on the right or (for numbers) on the left. */
  static String pad(String text, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - of(text)));
    return right ? fill + text : text + fill;
  }
}
