package org.ogireport.core.diagnostic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The two sides a rule compared and their difference, e.g. for {@code LIT-TOTAL} the printed
 * 总计 (left) and the sum of its four parts (right).
 *
 * <pre>{@code
 * Sides.of(0, 11).getDifference();   // -11
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Sides {

  private final BigDecimal left;
  private final BigDecimal right;

  private Sides(BigDecimal left, BigDecimal right) {
    this.left = Objects.requireNonNull(left, "left");
    this.right = Objects.requireNonNull(right, "right");
  }

  /**
   * Two whole-number sides.
   *
   * @param left the left side of the formula as the rule states it
   * @param right the right side
   * @return the sides
   */
  public static Sides of(long left, long right) {
    return new Sides(BigDecimal.valueOf(left), BigDecimal.valueOf(right));
  }

  /**
   * Two exact decimal sides.
   *
   * @param left the left side, not null
   * @param right the right side, not null
   * @return the sides
   */
  public static Sides of(BigDecimal left, BigDecimal right) {
    return new Sides(left, right);
  }

  /**
   * The left side of the formula as the rule states it (usually the printed value).
   *
   * @return the left side
   */
  public BigDecimal getLeft() {
    return left;
  }

  /**
   * The right side (usually the value computed from other cells, or a bound).
   *
   * @return the right side
   */
  public BigDecimal getRight() {
    return right;
  }

  /**
   * Left minus right.
   *
   * @return the difference
   */
  public BigDecimal getDifference() {
    return left.subtract(right);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Sides s && s.left.equals(left) && s.right.equals(right));
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, right);
  }

  /**
   * For example {@code 0 vs 11 (difference -11)}.
   *
   * @return the sides in words
   */
  @Override
  public String toString() {
    return left.toPlainString() + " vs " + right.toPlainString()
        + " (difference " + getDifference().toPlainString() + ")";
  }
}
