package org.ogireport.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The value of one {@link Indicator} for one report: a count, or a share kept as its exact
 * numerator and denominator.
 *
 * <pre>{@code
 * IndicatorValue v = Indicator.REVIEW_CORRECTION_RATE.compute(report);
 * v.getNumerator();      // 1
 * v.getDenominator();    // OptionalLong[11]
 * v.toDecimal(4);        // Optional[0.0909]
 * }</pre>
 *
 * <p>A share with denominator 0 is undefined: {@link #getValue()} and {@link #toDecimal(int)} are
 * empty, never NaN and never a division error. So is a share whose numerator or denominator is
 * negative (a report with negative counts, which the rules report as errors): -8 of -8 is no
 * 100 %. Immutable and thread-safe.
 */
public final class IndicatorValue {

  private final Indicator indicator;
  private final long numerator;
  private final long denominator;
  private final boolean share;

  private IndicatorValue(Indicator indicator, long numerator, long denominator, boolean share) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.numerator = numerator;
    this.denominator = denominator;
    this.share = share;
  }

  static IndicatorValue ofCount(Indicator indicator, long count) {
    return new IndicatorValue(indicator, count, 1, false);
  }

  static IndicatorValue ofShare(Indicator indicator, long numerator, long denominator) {
    return new IndicatorValue(indicator, numerator, denominator, true);
  }

  /** {@return the indicator this is the value of} */
  public Indicator getIndicator() {
    return indicator;
  }

  /** {@return the count, or the numerator of a share, e.g. {@code 1} of {@code 1/11}} */
  public long getNumerator() {
    return numerator;
  }

  /** {@return the denominator of a share, possibly 0; empty for a count} */
  public OptionalLong getDenominator() {
    return share ? OptionalLong.of(denominator) : OptionalLong.empty();
  }

  /**
   * {@return whether the value is defined: a count always is, a share when its denominator is
   * positive and its numerator not negative}
   */
  public boolean isDefined() {
    return !share || denominator > 0 && numerator >= 0;
  }

  /**
   * {@return the count, or the share as a double, e.g. {@code 0.0909…} for {@code 1/11}; empty
   * when undefined}
   */
  public OptionalDouble getValue() {
    if (!isDefined()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(share ? (double) numerator / denominator : numerator);
  }

  /**
   * Gets the value as a decimal: a count exactly, a share rounded half-even to {@code scale}
   * digits after the point, e.g. {@code 0.0909} for {@code 1/11} at scale 4.
   *
   * @param scale the digits after the point of a share, e.g. {@code 4}; a negative scale rounds
   *     to tens, hundreds and so on; ignored for a count
   * @return the decimal, or empty when undefined
   */
  public Optional<BigDecimal> toDecimal(int scale) {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(share
        ? BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale,
            RoundingMode.HALF_EVEN)
        : BigDecimal.valueOf(numerator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorValue other
        && other.indicator == indicator
        && other.numerator == numerator
        && other.denominator == denominator
        && other.share == share;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, numerator, denominator, share);
  }

  /** {@code granted_share=8/8}, {@code applications_handled=8}. */
  @Override
  public String toString() {
    return indicator.getId() + "=" + numerator + (share ? "/" + denominator : "");
  }
}
