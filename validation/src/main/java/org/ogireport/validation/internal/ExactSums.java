package org.ogireport.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.Cell;
import org.ogireport.core.diagnostic.Sides;

/**
 * The comparisons of the rules, exact whatever the counts: every count is a {@code long}, so a sum
 * of counts may be beyond {@code long}. Each comparison adds with {@code long} arithmetic (no
 * allocation while a rule passes) and turns to {@link BigInteger} only when {@link Math#addExact}
 * overflows, so a wrapped-around sum never passes or fails a rule.
 */
final class ExactSums {

  private ExactSums() {}

  /** The sign of {@code (a + b) - (c + d)}, exactly. */
  static int compare(long a, long b, long c, long d) {
    try {
      return Long.compare(Math.addExact(a, b), Math.addExact(c, d));
    } catch (ArithmeticException beyondLong) {
      return add(a, b).compareTo(add(c, d));
    }
  }

  /** The sides {@code a + b} and {@code c + d}, exactly. */
  static Sides sides(long a, long b, long c, long d) {
    try {
      return Sides.of(Math.addExact(a, b), Math.addExact(c, d));
    } catch (ArithmeticException beyondLong) {
      return Sides.of(new BigDecimal(add(a, b)), new BigDecimal(add(c, d)));
    }
  }

  /**
   * The sides of a printed total and the sum of the counts at the given indices of a table's
   * cells ({@link CellIndex}), or null when they are equal.
   */
  static Sides indexTotal(long printed, List<Cell> cells, int[] parts) {
    long computed = 0;
    try {
      for (int index : parts) {
        computed = Math.addExact(computed, CellIndex.count(cells, index));
      }
    } catch (ArithmeticException beyondLong) {
      BigInteger exact = BigInteger.ZERO;
      for (int index : parts) {
        exact = exact.add(BigInteger.valueOf(CellIndex.count(cells, index)));
      }
      // a partial sum left long, the whole may be back in it: compare exactly
      return exact.equals(BigInteger.valueOf(printed))
          ? null
          : Sides.of(BigDecimal.valueOf(printed), new BigDecimal(exact));
    }
    return printed == computed ? null : Sides.of(printed, computed);
  }

  /**
   * The first total, from {@code from} on, that may differ from the sum of its parts, or -1:
   * {@code totals[i]} is the index of a printed total in a table's cells and {@code parts[i]} the
   * indices of its parts ({@link CellIndex}). A total whose sum leaves {@code long} is returned
   * too, for {@link #indexTotal} to compare exactly. The loop calls nothing that is not inlined,
   * so the list's fields stay in registers: with the reporting of a finding in it (cold code, but
   * calls), the compiler reloaded them for every cell read.
   */
  static int firstMismatch(List<Cell> cells, int[] totals, int[][] parts, int from) {
    for (int i = from; i < totals.length; i++) {
      if (!holdsInLong(cells, totals[i], parts[i])) {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsInLong(List<Cell> cells, int total, int[] parts) {
    long computed = 0;
    try {
      for (int index : parts) {
        computed = Math.addExact(computed, CellIndex.count(cells, index));
      }
    } catch (ArithmeticException beyondLong) {
      return false;
    }
    return computed == CellIndex.count(cells, total);
  }

  private static BigInteger add(long a, long b) {
    return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
  }
}
