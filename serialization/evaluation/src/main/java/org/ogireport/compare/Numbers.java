package org.ogireport.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the outputs print numbers: signed differences and percentages, stated once. */
final class Numbers {

  private Numbers() {}

  /** A difference with its sign: {@code +74}, {@code -3}, {@code 0}. */
  static String signed(BigDecimal difference) {
    String plain = difference.stripTrailingZeros().toPlainString();
    return difference.signum() > 0 ? "+" + plain : plain;
  }

  /** A ratio as a percentage with one decimal, rounded half-even: {@code 0.87345} → {@code 87.3%}. */
  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /**
   * A similarity as a percentage with one decimal, rounded down as the rule
   * {@code SERIES-COPIED-PROBLEMS} does, so that 90.0% is shown only for texts the rule finds 90%
   * identical: {@code 0.8999} → {@code 89.9%}.
   */
  static String similarityPercent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.DOWN).toPlainString() + "%";
  }

  /** A relative change as a signed percentage: {@code +352.4%}. */
  static String signedPercent(BigDecimal ratio) {
    String p = percent(ratio);
    return ratio.signum() > 0 ? "+" + p : p;
  }
}
