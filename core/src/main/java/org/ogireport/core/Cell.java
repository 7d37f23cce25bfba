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

  /** {@return what was published in the cell: a number, a blank or a marker} */
  CellState getState();

  /** {@return whether a number was published, e.g. {@code true} for {@code 0}} */
  default boolean isNumber() {
    return getState() == CellState.NUMBER;
  }

  /** {@return whether the cell was left blank (never true of a printed 0)} */
  default boolean isBlank() {
    return getState() == CellState.BLANK;
  }

  /** {@return whether a marker ({@code /} and the like) was published instead of a number} */
  default boolean isMarker() {
    return getState() == CellState.MARKER;
  }

  /** {@return whether a number below zero was published; false for a blank or a marker} */
  boolean isNegative();

  /**
   * {@return the printed number as an exact decimal, or 0 when no number was published} An amount
   * keeps its printed scale and is not converted to 元.
   */
  BigDecimal toDecimalOrZero();
}
