package org.ogireport.validation.internal;

import java.util.regex.Pattern;

/**
 * Section texts as the narrative rules read them: white space removed (text extracted from PDFs
 * breaks lines inside words and numbers), characters counted as code points.
 */
final class Texts {

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");

  private Texts() {}

  /** The text without white space (ideographic spaces included). */
  static String compact(String text) {
    return WHITE_SPACE.matcher(text).replaceAll("");
  }

  /** The number of characters (code points) of a text. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
