package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a run of digits printed without separators ({@code 898989}) into the cells of a row,
 * keeping only the splits the form's rules allow. A cell never has a leading zero (a zero is
 * printed {@code 0}). The search gives up beyond a fixed budget (then the run is ambiguous).
 */
final class RunTogether {

  private static final int MAX_SOLUTIONS = 100;
  private static final int BUDGET = 2_000_000;

  /** The splits found (at most {@value #MAX_SOLUTIONS}), and whether the search was complete. */
  record Splits(List<long[]> found, boolean complete) {

    /** The only split, or null when there are none or several (or the search was cut short). */
    long[] unique() {
      return complete && found.size() == 1 ? found.get(0) : null;
    }
  }

  private final String digits;
  private final int cells;
  private final Predicate<long[]> rules;
  private final List<long[]> found = new ArrayList<>();
  private int steps;

  private RunTogether(String digits, int cells, Predicate<long[]> rules) {
    this.digits = digits;
    this.cells = cells;
    this.rules = rules;
  }

  /** The splits of {@code digits} into {@code cells} numbers that satisfy {@code rules}. */
  static Splits split(String digits, int cells, Predicate<long[]> rules) {
    RunTogether search = new RunTogether(digits, cells, rules);
    boolean complete = digits.length() >= cells && search.walk(0, 0, new long[cells]);
    return new Splits(List.copyOf(search.found), complete);
  }

  /** Returns false when the search stopped early. */
  private boolean walk(int position, int cell, long[] parts) {
    if (++steps > BUDGET || found.size() >= MAX_SOLUTIONS) {
      return false;
    }
    int left = digits.length() - position;
    int cellsLeft = cells - cell;
    if (cellsLeft == 0) {
      if (left == 0 && rules.test(parts)) {
        found.add(parts.clone());
      }
      return true;
    }
    int maxLength = digits.charAt(position) == '0' ? 1 : Math.min(18, left - (cellsLeft - 1));
    for (int length = 1; length <= maxLength; length++) {
      parts[cell] = Long.parseLong(digits.substring(position, position + length));
      if (!walk(position + length, cell + 1, parts)) {
        return false;
      }
    }
    return true;
  }
}
