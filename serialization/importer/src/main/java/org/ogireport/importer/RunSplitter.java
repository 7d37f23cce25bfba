package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogireport.core.CellKind;

/**
 * The ways the values a row prints fit its cells when some of them ran together
 * ({@code 230 000023} for seven cells): each printed value is one cell or, if it is a run of
 * digits, several; every cell gets a well-formed value of its kind or a marker. A count has no
 * leading zero (a zero is printed {@code 0}) and at most 18 digits; a signed change keeps the
 * sign printed before it; an amount may end with decimals and a unit
 * ({@code 135 75394432.52元}). A space is a boundary: no cell spans two printed values. Blank
 * cells are not guessed: a run fills its cells.
 *
 * <p>A row's own totals ({@link Sum}: 总计 = its parts, printed after them) prune the search:
 * where the parts before a total are placed, the total's digits are known; a split whose parts
 * already exceed what the digits left can print is abandoned. The search is bounded: it stops
 * after {@value #MAX_SPLITS} splits or {@value #BUDGET} steps and says it is incomplete.
 */
final class RunSplitter {

  static final int MAX_SPLITS = 20_000;
  static final int BUDGET = 400_000;
  /** No well-formed value is longer: 18 digits, 8 decimals and a unit. */
  private static final int MAX_PART = 30;

  /**
   * A printed value that may hold several cells: digits, maybe signed, maybe with markers among
   * them, maybe an amount's tail.
   */
  private static final Pattern SPLITTABLE = Pattern.compile(
      "[+\\-/×]*\\d[\\d+\\-/×]*(?:\\.\\d{1,8})?(?:万元|元)?|[\\-/×]{2,}");

  /**
   * A row's total printed after its parts: {@code cells[total] = Σ cells[parts]}.
   *
   * @param total the index of the total's cell
   * @param parts the indexes of the parts' cells, all before the total
   */
  record Sum(int total, int[] parts) {}

  /**
   * The splits found.
   *
   * @param splits each split, one text per cell
   * @param complete whether every split was found
   */
  record Result(List<String[]> splits, boolean complete) {}

  private final List<String> values;
  private final List<CellKind> kinds;
  private final List<Sum> sums;
  private final int[] charsFrom;
  private final int limit;
  private final List<String[]> found = new ArrayList<>();
  private int steps;

  private RunSplitter(List<String> values, List<CellKind> kinds, List<Sum> sums, int limit) {
    this.values = values;
    this.kinds = kinds;
    this.sums = sums;
    this.limit = limit;
    this.charsFrom = new int[values.size() + 1];
    for (int i = values.size() - 1; i >= 0; i--) {
      charsFrom[i] = charsFrom[i + 1] + values.get(i).length();
    }
  }

  /**
   * The splits of the printed values (folded, trimmed) into cells of the given kinds.
   *
   * @param values the printed values, empty for a blank cell
   * @param kinds the kinds of the row's cells, in order
   */
  static Result split(List<String> values, List<CellKind> kinds) {
    return split(values, kinds, List.of());
  }

  /** The splits that satisfy the row's own totals. */
  static Result split(List<String> values, List<CellKind> kinds, List<Sum> sums) {
    return split(values, kinds, sums, MAX_SPLITS);
  }

  /** The splits that satisfy the row's own totals, at most {@code limit} of them. */
  static Result split(List<String> values, List<CellKind> kinds, List<Sum> sums, int limit) {
    RunSplitter s = new RunSplitter(values, kinds, sums, limit);
    boolean complete = s.walk(0, 0, 0, new String[kinds.size()]);
    return new Result(List.copyOf(s.found), complete);
  }

  /** Whether a printed value can hold several cells. */
  static boolean isSplittable(String value) {
    return value.length() > 1 && SPLITTABLE.matcher(value).matches();
  }

  /** Whether a printed text is a well-formed value of a kind, or a marker. */
  static boolean isWellFormed(String text, CellKind kind) {
    if (isMarker(text)) {
      return true;
    }
    return switch (kind) {
      case COUNT -> wholeNumber(text, 0) == text.length();
      case SIGNED_COUNT -> wholeNumber(text, !text.isEmpty()
          && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0) == text.length();
      case MONEY -> isAmount(text);
    };
  }

  /** A slash, a dash or two (——), a cross: a cell printed without a number. */
  private static boolean isMarker(String text) {
    return text.length() == 1 ? "-/×".indexOf(text.charAt(0)) >= 0 : text.equals("--");
  }

  /**
   * The end of a whole number printed from {@code from} ({@code 0} or up to 18 digits without
   * a leading zero), or -1 when none is.
   */
  private static int wholeNumber(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    int digits = i - from;
    if (digits == 0 || digits > 18 || (digits > 1 && text.charAt(from) == '0')) {
      return -1;
    }
    return i;
  }

  /** An amount: a whole number, up to eight decimals, 元 or 万元. */
  private static boolean isAmount(String text) {
    int i = wholeNumber(text, 0);
    if (i < 0) {
      return false;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      int d = i + 1;
      while (d < text.length() && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
        d++;
      }
      if (d == i + 1 || d - i - 1 > 8) {
        return false;
      }
      i = d;
    }
    String unit = text.substring(i);
    return unit.isEmpty() || unit.equals("元") || unit.equals("万元");
  }

  /** Returns false when the search stopped early. */
  private boolean walk(int value, int position, int cell, String[] parts) {
    if (++steps > BUDGET || found.size() >= limit) {
      return false;
    }
    if (value == values.size()) {
      if (cell == parts.length) {
        found.add(parts.clone());
      }
      return true;
    }
    String v = values.get(value);
    int valuesLeft = values.size() - value - 1;
    int charsLeft = charsFrom[value] - position;
    if (cell >= parts.length || parts.length - cell - 1 < valuesLeft
        || charsLeft > (long) (parts.length - cell) * MAX_PART
        || !possible(cell, parts, charsLeft)) {
      return true;
    }
    if (position == 0 && !isSplittable(v)) {
      parts[cell] = v;
      return !fits(cell, parts) || walk(value + 1, 0, cell + 1, parts);
    }
    String required = required(cell, parts);
    int cellsLeftAfter = parts.length - cell - 1;
    // the rest of this value must fit this cell when the cells after it go to the values after it
    int first = cellsLeftAfter <= valuesLeft ? v.length() : position + 1;
    if (required != null) {
      first = Math.max(first, position + required.length());
    }
    for (int end = first; end <= v.length(); end++) {
      boolean last = end == v.length();
      String part = v.substring(position, end);
      if (required != null) {
        if (!part.equals(required)) {
          break;
        }
      } else if (!isWellFormed(part, kinds.get(cell))) {
        if (part.length() > MAX_PART) {
          break;
        }
        continue;
      }
      parts[cell] = part;
      if (!walk(last ? value + 1 : value, last ? 0 : end, cell + 1, parts)) {
        return false;
      }
    }
    return true;
  }

  /** The text a total must print where its parts are placed, or null. */
  private String required(int cell, String[] parts) {
    for (Sum sum : sums) {
      if (sum.total() == cell) {
        long s = 0;
        for (int p : sum.parts()) {
          s += number(parts[p]);
          if (s < 0 || s > 999_999_999_999_999_999L) {
            return "";
          }
        }
        return Long.toString(s);
      }
    }
    return null;
  }

  /** Whether a value placed out of the search's order (a whole printed value) fits its sum. */
  private boolean fits(int cell, String[] parts) {
    for (Sum sum : sums) {
      if (sum.total() == cell) {
        String required = required(cell, parts);
        return isMarker(parts[cell]) ? "0".equals(required) : parts[cell].equals(required);
      }
    }
    return true;
  }

  /**
   * Whether the parts placed so far can still be printed by a total in the characters left:
   * a total at least as large as the sum of its placed parts needs that many digits.
   */
  private boolean possible(int cell, String[] parts, int charsLeft) {
    for (Sum sum : sums) {
      if (sum.total() < cell) {
        continue;
      }
      long s = 0;
      for (int p : sum.parts()) {
        if (p < cell) {
          s += number(parts[p]);
        }
      }
      int cellsAfterTotal = parts.length - sum.total() - 1;
      if (s > 0 && Long.toString(s).length() > charsLeft - cellsAfterTotal
          - (sum.total() - cell)) {
        return false;
      }
    }
    return true;
  }

  private static long number(String part) {
    if (part == null || part.isEmpty() || !Character.isDigit(part.charAt(part.length() - 1))) {
      return 0;
    }
    try {
      return Math.abs(Long.parseLong(part.startsWith("+") ? part.substring(1) : part));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
