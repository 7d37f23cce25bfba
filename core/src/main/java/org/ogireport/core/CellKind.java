package org.ogireport.core;

/** What a column holds: a count that must not be negative, a signed net change, or money. */
public enum CellKind {
  /** A whole number that is never negative in a correct report ({@link Count}). */
  COUNT,
  /** A signed net change, 2019 本年增/减 ({@link Count}, may be negative). */
  SIGNED_COUNT,
  /** An exact decimal amount with a unit ({@link Amount}). */
  MONEY;

  /** {@return whether cells of this kind are {@link Amount}s rather than {@link Count}s} */
  public boolean isMoney() {
    return this == MONEY;
  }

  /**
   * {@return the blank cell of this kind, printed empty: {@link Count#blank()} or
   * {@link Amount#blank()}}
   */
  public Cell blank() {
    return this == MONEY ? Amount.blank() : Count.blank();
  }

  /** {@return the cell of this kind that a fresh form holds: a zero count or a zero amount in 万元} */
  public Cell zero() {
    return this == MONEY ? Amount.of(java.math.BigDecimal.ZERO, MoneyUnit.WAN_YUAN) : Count.ZERO;
  }
}
