package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogireport.core.CellKind;

/**
 * The ways the values a row prints fit its cells when some of them ran together
 * ({@code 230 000023} for seven cells): each printed value is one cell or, if it is a run of
 * digits, several; every cell gets a well-formed value of its kind. A count has no leading zero
 * (a zero is printed {@code 0}) and at most 18 digits; a signed change keeps the sign printed
 * before it; an amount may end with decimals and a unit ({@code 135 75394432.52元}). A space is a
 * boundary: no cell spans two printed values. Blank cells are not guessed: a run fills its
 * cells with digits.
 *
 * <p>The search is bounded: it stops after {@value #MAX_SPLITS} splits or
 * {@value #BUDGET} steps and says it is incomplete.
 */
final class RunSplitter {

  static final int MAX_SPLITS = 20_000;
  static final int BUDGET = 400_000;
  /** No well-formed value is longer: 18 digits, 8 decimals and a unit. */
  private static final int MAX_PART = 30;

  private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,17}");
  private static final Pattern SIGNED = Pattern.compile("[+-]?(?:0|[1-9]\\d{0,17})");
  private static final Pattern MONEY =
      Pattern.compile("(?:0|[1-9]\\d{0,17})(?:\\.\\d{1,8})?(?:万元|元)?");
  /** A printed value that may hold several cells: digits, maybe signed, maybe an amount's tail. */
  private static final Pattern SPLITTABLE =
      Pattern.compile("[+-]?\\d+(?:\\.\\d{1,8})?(?:万元|元)?");

  /**
   * The splits found.
   *
   * @param splits each split, one text per cell
   * @param complete whether every split was found
   */
  record Result(List<String[]> splits, boolean complete) {}

  private final List<String> values;
  private final List<CellKind> kinds;
  private final List<String[]> found = new ArrayList<>();
  private int steps;

  private RunSplitter(List<String> values, List<CellKind> kinds) {
    this.values = values;
    this.kinds = kinds;
  }

  /**
   * The splits of the printed values (folded, trimmed) into cells of the given kinds.
   *
   * @param values the printed values, empty for a blank cell
   * @param kinds the kinds of the row's cells, in order
   */
  static Result split(List<String> values, List<CellKind> kinds) {
    RunSplitter s = new RunSplitter(values, kinds);
    boolean complete = s.walk(0, 0, 0, new String[kinds.size()]);
    return new Result(List.copyOf(s.found), complete);
  }

  /** Whether a printed value can hold several cells. */
  static boolean isSplittable(String value) {
    return value.length() > 1 && SPLITTABLE.matcher(value).matches();
  }

  /** Whether a printed text is a well-formed value of a kind. */
  static boolean isWellFormed(String text, CellKind kind) {
    return switch (kind) {
      case COUNT -> COUNT.matcher(text).matches();
      case SIGNED_COUNT -> SIGNED.matcher(text).matches();
      case MONEY -> MONEY.matcher(text).matches();
    };
  }

  /** Returns false when the search stopped early. */
  private boolean walk(int value, int position, int cell, String[] parts) {
    if (++steps > BUDGET || found.size() >= MAX_SPLITS) {
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
    if (cell >= parts.length || parts.length - cell - 1 < valuesLeft) {
      return true;
    }
    if (position == 0 && !isSplittable(v)) {
      parts[cell] = v;
      return walk(value + 1, 0, cell + 1, parts);
    }
    int cellsLeftAfter = parts.length - cell - 1;
    // the rest of this value must fit this cell when the cells after it go to the values after it
    int first = cellsLeftAfter <= valuesLeft ? v.length() : position + 1;
    for (int end = first; end <= v.length(); end++) {
      boolean last = end == v.length();
      String part = v.substring(position, end);
      if (!isWellFormed(part, kinds.get(cell))) {
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
}
