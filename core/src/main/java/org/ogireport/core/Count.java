package org.ogireport.core;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * A count cell: a whole number of documents, items, applications or cases as printed, or no
 * number (blank or marker).
 *
 * <p>Any {@code long} the report printed is kept, negative ones included: a negative count is a
 * rule violation ({@code CELL-NEGATIVE}), not an unloadable report.
 *
 * <pre>{@code
 * Count.of(8).getValue();      // 8
 * Count.blank().orZero();      // 0, and isBlank() is true
 * Count.marker().toString();   // "/"
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal counts may be the same instance.
 */
public final class Count implements Cell {

  private static final int CACHE_SIZE = 1024;
  private static final Count[] SMALL = new Count[CACHE_SIZE];
  private static final Count BLANK = new Count(CellState.BLANK, 0);
  private static final Count MARKER = new Count(CellState.MARKER, 0);

  static {
    for (int i = 0; i < CACHE_SIZE; i++) {
      SMALL[i] = new Count(CellState.NUMBER, i);
    }
  }

  /** A count of zero. */
  public static final Count ZERO = SMALL[0];

  private final CellState state;
  private final long value;

  private Count(CellState state, long value) {
    this.state = state;
    this.value = value;
  }

  /**
   * Obtains a count of a printed number, e.g. {@code Count.of(8)}.
   *
   * @param value the number as printed, any {@code long}; a negative one is kept (the rules
   *     report it)
   * @return the count, a shared instance for 0 to 1023
   */
  public static Count of(long value) {
    return value >= 0 && value < CACHE_SIZE ? SMALL[(int) value] : new Count(CellState.NUMBER, value);
  }

  /** {@return the count of a cell left blank, a single shared instance} */
  public static Count blank() {
    return BLANK;
  }

  /**
   * {@return the count of a cell that printed a marker ({@code /}, {@code -}, {@code —},
   * {@code 无}), a single shared instance}
   */
  public static Count marker() {
    return MARKER;
  }

  @Override
  public CellState getState() {
    return state;
  }

  /**
   * Gets the printed number.
   *
   * @return the number, any {@code long}
   * @throws IllegalStateException when the cell has no number; use {@link #orZero()} in sums
   */
  public long getValue() {
    if (state != CellState.NUMBER) {
      throw new IllegalStateException("the cell has no number: " + this);
    }
    return value;
  }

  /** {@return the printed number, or 0 when the cell has none (the rules' reading of a blank)} */
  public long orZero() {
    return value;
  }

  /** {@return the printed number, or empty for a blank or a marker} */
  public OptionalLong toOptional() {
    return state == CellState.NUMBER ? OptionalLong.of(value) : OptionalLong.empty();
  }

  @Override
  public boolean isNegative() {
    return value < 0;
  }

  @Override
  public BigDecimal toDecimalOrZero() {
    return BigDecimal.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Count other && other.state == state && other.value == value);
  }

  @Override
  public int hashCode() {
    return state == CellState.NUMBER ? Long.hashCode(value) : state.hashCode();
  }

  /** The number as printed, {@code "/"} for a marker, {@code ""} for a blank. */
  @Override
  public String toString() {
    return switch (state) {
      case NUMBER -> Long.toString(value);
      case MARKER -> "/";
      case BLANK -> "";
    };
  }
}
