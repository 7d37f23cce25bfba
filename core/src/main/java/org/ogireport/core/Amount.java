package org.ogireport.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A money cell: an exact decimal as printed with its unit (元, 万元, or not printed), or no
 * number (blank or marker).
 *
 * <p>The value keeps the printed scale: {@code 91.82} and {@code 91.820} are different amounts
 * (lossless), though {@link #toYuan()} compares them equal. A unit that the report did not print is
 * kept unknown rather than invented.
 *
 * <pre>{@code
 * Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN).toYuan();  // Optional[918200.00]
 * Amount.ofUnknownUnit(new BigDecimal("68000")).getUnit();          // Optional.empty
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Amount implements Cell {

  private static final Amount BLANK = new Amount(CellState.BLANK, BigDecimal.ZERO, null);
  private static final Amount MARKER = new Amount(CellState.MARKER, BigDecimal.ZERO, null);

  private final CellState state;
  private final BigDecimal value;
  private final MoneyUnit unit;

  private Amount(CellState state, BigDecimal value, MoneyUnit unit) {
    this.state = state;
    this.value = value;
    this.unit = unit;
  }

  /**
   * Obtains a printed amount with its printed unit, e.g. {@code 91.82} {@code WAN_YUAN}.
   *
   * @param value the amount at its printed scale, not null; negative values are kept
   * @param unit the unit, not null; use {@link #ofUnknownUnit} where none was printed
   * @return the amount
   * @throws NullPointerException if either argument is null
   */
  public static Amount of(BigDecimal value, MoneyUnit unit) {
    return new Amount(
        CellState.NUMBER,
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(unit, "unit"));
  }

  /**
   * Obtains a printed amount whose unit the report did not print, e.g. {@code 68000}.
   *
   * @param value the amount at its printed scale, not null
   * @return the amount, with an empty {@link #getUnit()}
   * @throws NullPointerException if {@code value} is null
   */
  public static Amount ofUnknownUnit(BigDecimal value) {
    return new Amount(CellState.NUMBER, Objects.requireNonNull(value, "value"), null);
  }

  /**
   * Obtains a printed amount with a unit that may be unknown.
   *
   * @param value the amount at its printed scale, not null
   * @param unit the printed unit, or empty where none was printed; not null
   * @return the amount
   * @throws NullPointerException if either argument is null
   */
  public static Amount of(BigDecimal value, Optional<MoneyUnit> unit) {
    return new Amount(CellState.NUMBER, Objects.requireNonNull(value, "value"), unit.orElse(null));
  }

  /** {@return the money cell left blank, a single shared instance} */
  public static Amount blank() {
    return BLANK;
  }

  /** {@return the money cell that printed a marker, a single shared instance} */
  public static Amount marker() {
    return MARKER;
  }

  @Override
  public CellState getState() {
    return state;
  }

  /**
   * Gets the printed amount at its printed scale, e.g. {@code 91.82} (not {@code 91.8200}).
   *
   * @return the amount in the printed unit
   * @throws IllegalStateException when the cell has no number
   */
  public BigDecimal getValue() {
    if (state != CellState.NUMBER) {
      throw new IllegalStateException("the money cell has no number: " + this);
    }
    return value;
  }

  /** {@return the printed unit; empty when none was printed or the cell has no number} */
  public Optional<MoneyUnit> getUnit() {
    return Optional.ofNullable(unit);
  }

  /**
   * {@return the amount converted exactly to 元, e.g. {@code 918200.00} for {@code 91.82万元};
   * empty unless both number and unit are known}
   */
  public Optional<BigDecimal> toYuan() {
    return state == CellState.NUMBER && unit != null
        ? Optional.of(unit.toYuan(value))
        : Optional.empty();
  }

  @Override
  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public BigDecimal toDecimalOrZero() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Amount other
            && other.state == state
            && other.value.equals(value)
            && other.unit == unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value, unit);
  }

  /** The amount as printed with its unit, e.g. {@code 91.82万元}; {@code "/"} or {@code ""} without number. */
  @Override
  public String toString() {
    return switch (state) {
      case NUMBER -> value.toPlainString() + (unit == null ? "" : unit.getLabel());
      case MARKER -> "/";
      case BLANK -> "";
    };
  }
}
