package org.ogireport.core;

import java.math.BigDecimal;

/**
 * One cell of a report table as published: a {@link Count} or an {@link Amount}.
 *
 * <p>A cell keeps the difference between a printed number, a blank and a marker: neither of the
 * last two is 0. In every sum a cell without a number counts as 0 (see {@link #toDecimalOrZero()});
 * the rule {@code CELL-MISSING} reports it.
 */
public sealed interface Cell permits Count, Amount {

  /** Whether a number, a blank or a marker was published. */
  CellState getState();

  /** Whether a number was published. */
  default boolean isNumber() {
    return getState() == CellState.NUMBER;
  }

  /** Whether the cell was left blank. */
  default boolean isBlank() {
    return getState() == CellState.BLANK;
  }

  /** Whether a marker ({@code /} and the like) was published. */
  default boolean isMarker() {
    return getState() == CellState.MARKER;
  }

  /** Whether a number below zero was published. */
  boolean isNegative();

  /** The printed number as an exact decimal, or 0 when no number was published. */
  BigDecimal toDecimalOrZero();
}
