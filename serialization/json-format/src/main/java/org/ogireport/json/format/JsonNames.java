package org.ogireport.json.format;

/**
 * The JSON names of the report object that no model enum carries (tables, rows, columns and
 * sections carry their own), and the marker string. Reader and writer both use these.
 */
public final class JsonNames {

  static final String EDITION = "edition";
  static final String ORGAN = "organ";
  static final String YEAR = "year";
  static final String PUBLISHED_ON = "publishedOn";
  static final String SECTIONS = "sections";
  static final String MONEY_VALUE = "value";
  static final String MONEY_UNIT = "unit";
  /** A cell that printed a marker ({@code /}, {@code -}, {@code —}, {@code 无}). */
  static final String MARKER = "/";

  private JsonNames() {}

  /**
   * Text from the input made safe for a one-line message: line breaks, other control characters
   * and the line and paragraph separators become Java-style escapes ({@code \n}, {@code \u2028}),
   * so every error stays on one line whatever the field names and values.
   *
   * @param text the text
   * @return the text with every unsafe character escaped
   */
  public static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
            ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.toString();
  }
}
