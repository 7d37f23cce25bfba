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

  /** The unit as printed and in JSON: {@code 元} or {@code 万元}. */
  public String getLabel() {
    return label;
  }

  /** A value in this unit converted exactly to 元. */
  public BigDecimal toYuan(BigDecimal value) {
    return value.multiply(yuan);
  }

  /**
   * The unit by its label.
   *
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
