package org.ogireport.importer.variants;

import java.math.BigDecimal;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellState;
import org.ogireport.core.Count;
import org.ogireport.core.MoneyUnit;

/** Prints labels and cell values the way one variant does, drawing its random choices. */
final class Printer {

  private static final String[] MARKERS = {"/", "-", "—", "无"};
  /** The markers a crawler's text shows among digits run together. */
  private static final String[] RUN_MARKERS = {"/", "—"};

  private final Variant variant;
  private final Random random;
  private final String thousands;

  Printer(Variant variant, Random random) {
    this.variant = variant;
    this.random = random;
    this.thousands = random.nextBoolean() ? "," : "，";
  }

  Random random() {
    return random;
  }

  boolean has(Quirk quirk) {
    return variant.has(quirk);
  }

  /** A row or column label: numbering, punctuation, quotes, wrapping and spacing. */
  String label(String text) {
    String s = punctuation(text);
    if (has(Quirk.WRAPPED_LABELS) && s.length() > 8 && random.nextInt(3) > 0) {
      return wrapped(s);
    }
    if (has(Quirk.SPACED_GLYPHS) && s.length() <= 6 && !s.matches(".*\\d.*")
        && random.nextBoolean()) {
      return String.join(" ", s.split(""));
    }
    return s;
  }

  /** A group label: like {@link #label}, or one character per line. */
  String groupLabel(String text) {
    String s = punctuation(text);
    return has(Quirk.VERTICAL_GROUPS) ? String.join("\n", s.split("")) : label(text);
  }

  /** A label whose place in a header wraps the way the applicant header does on some forms. */
  String headerWrapped(String text, int at) {
    String s = punctuation(text);
    return has(Quirk.APPLICANT_HEADER_WRAPPING) && at > 0 && at < s.length()
        ? s.substring(0, at) + "\n" + s.substring(at) : label(text);
  }

  private String punctuation(String text) {
    String s = text;
    if (has(Quirk.ITEM_NUMBER_COMMA) && (!has(Quirk.ITEM_NUMBER_FULL_STOP) || random.nextBoolean())) {
      s = s.replaceFirst("^(\\d)\\.", "$1、");
    } else if (has(Quirk.ITEM_NUMBER_FULL_STOP)) {
      s = s.replaceFirst("^(\\d)\\.", "$1．");
    }
    if (has(Quirk.HALF_WIDTH_PUNCTUATION)) {
      s = s.replace('（', '(').replace('）', ')').replace('：', ':');
    }
    if (has(Quirk.ASCII_QUOTES)) {
      s = s.replace('“', '"').replace('”', '"');
    }
    return s;
  }

  private String wrapped(String s) {
    int parts = s.length() > 16 && random.nextBoolean() ? 3 : 2;
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int i = 1; i < parts; i++) {
      int min = from + 3;
      int max = s.length() * i / parts + 2;
      int at = Math.min(s.length() - 2, min + random.nextInt(Math.max(1, max - min)));
      if (at <= from) {
        continue;
      }
      out.append(s, from, at).append('\n');
      from = at;
    }
    return out.append(s.substring(from)).toString();
  }

  private String marker() {
    String[] markers = variant.layout() == Layout.RUN_TOGETHER ? RUN_MARKERS : MARKERS;
    return markers[random.nextInt(markers.length)];
  }

  /** A count as printed. */
  String count(Count count, CellKind kind) {
    if (count.getState() == CellState.BLANK) {
      return "";
    }
    if (count.getState() == CellState.MARKER) {
      return marker();
    }
    long n = count.getValue();
    String digits = grouped(Long.toString(Math.abs(n)));
    String sign = n < 0 ? "-" : kind == CellKind.SIGNED_COUNT && n > 0 && has(Quirk.PLUS_SIGN)
        ? "+" : "";
    String s = sign + digits;
    if (has(Quirk.FULL_WIDTH_DIGITS)) {
      s = fullWidth(s);
    }
    if (has(Quirk.COUNT_SUFFIX) && random.nextInt(3) == 0) {
      s += random.nextBoolean() ? "  " : "件";
    }
    return s;
  }

  private String grouped(String digits) {
    if (!has(Quirk.THOUSANDS_SEPARATORS) || digits.length() <= 3) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(digits);
    for (int i = digits.length() - 3; i > 0; i -= 3) {
      sb.insert(i, thousands);
    }
    return sb.toString();
  }

  /**
   * An amount as printed: with its unit (元, 万元), bare when the unit is unknown or when the form
   * fixes it ({@code formUnit}).
   */
  String amount(Amount amount, MoneyUnit formUnit) {
    if (amount.getState() == CellState.BLANK) {
      return "";
    }
    if (amount.getState() == CellState.MARKER) {
      return marker();
    }
    String number = amount.getValue().toPlainString();
    if (has(Quirk.FULL_WIDTH_DIGITS)) {
      number = fullWidth(number);
    }
    MoneyUnit unit = amount.getUnit().orElse(null);
    if (unit == null || (unit == formUnit && !(has(Quirk.MONEY_STYLES) && random.nextBoolean()))) {
      return number;
    }
    String space = has(Quirk.MONEY_STYLES) && variant.layout() != Layout.RUN_TOGETHER
        && random.nextBoolean() ? " " : "";
    return number + space + unit.getLabel();
  }

  /** A random amount of the money styles: 元 or 万元 or no unit. */
  Amount restyled(Amount amount) {
    if (amount.getState() != CellState.NUMBER) {
      return amount;
    }
    return switch (random.nextInt(3)) {
      case 0 -> Amount.of(amount.getValue().multiply(BigDecimal.valueOf(10_000))
          .stripTrailingZeros().max(BigDecimal.ZERO).setScale(0, java.math.RoundingMode.DOWN),
          MoneyUnit.YUAN);
      case 1 -> Amount.ofUnknownUnit(amount.getValue());
      default -> Amount.of(amount.getValue().stripTrailingZeros().scale() < 0
          ? amount.getValue().setScale(0) : amount.getValue().stripTrailingZeros(),
          MoneyUnit.WAN_YUAN);
    };
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
    }
    return sb.toString();
  }
}
