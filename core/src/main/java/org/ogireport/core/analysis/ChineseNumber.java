package org.ogireport.core.analysis;

import java.util.OptionalLong;

/**
 * Whole numbers as written in report text: digits (half- or full-width, with or without thousands
 * commas) or Chinese numerals ({@code 八}, {@code 十二}, {@code 一百零五}, {@code 两千三百},
 * {@code 三万零六}).
 *
 * <pre>{@code
 * ChineseNumber.parse("3,119");      // OptionalLong[3119]
 * ChineseNumber.parse("３１１９");     // OptionalLong[3119]
 * ChineseNumber.parse("一百零五");    // OptionalLong[105]
 * ChineseNumber.parse("十二");        // OptionalLong[12]
 * ChineseNumber.parse("件");          // OptionalLong.empty
 * }</pre>
 */
public final class ChineseNumber {

  /** The characters of a number, for use in a regular expression character class. */
  static final String PATTERN = "[0-9０-９]+(?:,[0-9]{3})*|[零〇一二两三四五六七八九十百千万]+";

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumber() {}

  /**
   * Parses a whole number written as digits or Chinese numerals, e.g. {@code 一百零五} as 105.
   *
   * @param text digits or Chinese numerals only, without sign, unit or spaces; not null
   * @return the number, or empty when the text is empty, is not a number or overflows a
   *     {@code long}
   */
  public static OptionalLong parse(CharSequence text) {
    if (text.length() == 0) {
      return OptionalLong.empty();
    }
    try {
      return Character.isDigit(text.charAt(0)) ? digits(text) : chinese(text);
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  private static OptionalLong digits(CharSequence text) {
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        continue;
      }
      int d = Character.digit(c, 10);
      if (d < 0) {
        return OptionalLong.empty();
      }
      value = Math.addExact(Math.multiplyExact(value, 10), d);
    }
    return OptionalLong.of(value);
  }

  private static OptionalLong chinese(CharSequence text) {
    long total = 0;   // completed 万 groups
    long section = 0; // below 万
    long digit = -1;  // the digit waiting for its unit, -1 when none
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10_000;
        default -> -1;
      };
      if (unit < 0) {
        return OptionalLong.empty();
      }
      if (unit == 10_000) {
        total = Math.multiplyExact(
            Math.addExact(total, Math.addExact(section, Math.max(digit, 0))), unit);
        section = 0;
      } else {
        // 十二 = 12: a unit without a digit before it counts once
        section = Math.addExact(section, Math.multiplyExact(digit < 0 ? 1 : digit, unit));
      }
      digit = -1;
    }
    return OptionalLong.of(Math.addExact(total, Math.addExact(section, Math.max(digit, 0))));
  }
}
