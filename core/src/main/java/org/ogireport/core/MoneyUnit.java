package org.ogireport.core;

import java.math.BigDecimal;

/** The unit of a money cell as printed: 元 or 万元. */
public enum MoneyUnit {
  /** 元, one yuan. */
  YUAN("元", BigDecimal.ONE),
  /** 万元, ten thousand yuan. */
  WAN_YUAN("万元", BigDecimal.valueOf(10_000));

  private final String label;
  private final BigDecimal yuan;

  MoneyUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  /** {@return the unit as printed and in JSON: {@code 元} or {@code 万元}} */
  public String getLabel() {
    return label;
  }

  /**
   * Converts a value in this unit exactly to 元, e.g. {@code 91.82} 万元 to {@code 918200.00}.
   *
   * @param value the value in this unit, not null
   * @return the value in 元, with no rounding
   */
  public BigDecimal toYuan(BigDecimal value) {
    return value.multiply(yuan);
  }

  /**
   * Obtains the unit by its label.
   *
   * @param label the label, exactly {@code 元} or {@code 万元}
   * @return the unit
   * @throws IllegalArgumentException naming the label and the allowed ones
   */
  public static MoneyUnit ofLabel(String label) {
    for (MoneyUnit u : values()) {
      if (u.label.equals(label)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown money unit '" + label + "': expected 元 or 万元");
  }
}
