package org.ogireport.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ogireport.core.analysis.Indicator;

/**
 * One indicator of one {@link RankEntry}: its value as numerator and base, and its rank and
 * percentile within the entry's group when it is ranked (see {@link Ranking} for the
 * definitions).
 *
 * <pre>{@code
 * Rank r = entry.get(Indicator.GRANTED_SHARE);
 * r.getNumerator() + "/" + r.getBase().getAsLong();   // 50/95
 * r.getRank();                                         // OptionalInt[3]
 * r.getRankedCount();                                  // 812
 * r.getPercentile();                                   // Optional[99.8]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Rank {

  private final Indicator indicator;
  private final long numerator;
  private final long base;
  private final int rank;
  private final int rankedCount;
  private final long minimumBase;

  Rank(Indicator indicator, long numerator, long base, int rank, int rankedCount,
      long minimumBase) {
    this.indicator = indicator;
    this.numerator = numerator;
    this.base = base;
    this.rank = rank;
    this.rankedCount = rankedCount;
    this.minimumBase = minimumBase;
  }

  /**
   * The indicator.
   *
   * @return the indicator
   */
  public Indicator getIndicator() {
    return indicator;
  }

  /**
   * The count, or the numerator of a share.
   *
   * @return the numerator
   */
  public long getNumerator() {
    return numerator;
  }

  /**
   * The denominator of a share ({@link Indicator#getBase()}).
   *
   * @return the base, or empty for a count
   */
  public OptionalLong getBase() {
    return indicator.isShare() ? OptionalLong.of(base) : OptionalLong.empty();
  }

  /**
   * The value rounded half-even to {@code scale} digits after the point.
   *
   * @param scale the digits after the point of a share, 0 or more
   * @return the value, or empty for a share whose base is 0 or less
   */
  public Optional<BigDecimal> toDecimal(int scale) {
    if (!indicator.isShare()) {
      return Optional.of(BigDecimal.valueOf(numerator));
    }
    return base <= 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(base), scale, RoundingMode.HALF_EVEN));
  }

  /**
   * Whether the value is ranked: a count always, a share when its base reaches the minimum.
   *
   * @return whether it has a rank
   */
  public boolean isRanked() {
    return rank > 0;
  }

  /**
   * The rank within the group, 1 for the largest value, ties sharing the best rank.
   *
   * @return the rank, or empty when not ranked
   */
  public OptionalInt getRank() {
    return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
  }

  /**
   * The number of entries of the group ranked on this indicator (N).
   *
   * @return N, 0 or more
   */
  public int getRankedCount() {
    return rankedCount;
  }

  /**
   * 100 × (N − rank) / (N − 1), rounded half-even to one decimal; 100 when N = 1.
   *
   * @return the percentile, or empty when not ranked
   */
  public Optional<BigDecimal> getPercentile() {
    if (rank == 0) {
      return Optional.empty();
    }
    if (rankedCount == 1) {
      return Optional.of(new BigDecimal("100.0"));
    }
    return Optional.of(BigDecimal.valueOf(100L * (rankedCount - rank))
        .divide(BigDecimal.valueOf(rankedCount - 1), 1, RoundingMode.HALF_EVEN));
  }

  /**
   * Why the value is not ranked, e.g. {@code base 12 below the minimum 30}.
   *
   * @return the reason, or empty when ranked
   */
  public Optional<String> getReason() {
    if (rank > 0) {
      return Optional.empty();
    }
    return Optional.of(base <= 0 ? "base " + base + ": no share"
        : "base " + base + " below the minimum " + minimumBase);
  }

  /** For example {@code granted_share=50/95 rank 3 of 812}. */
  @Override
  public String toString() {
    return indicator.getId() + "=" + numerator + (indicator.isShare() ? "/" + base : "")
        + (rank > 0 ? " rank " + rank + " of " + rankedCount : " not ranked");
  }
}
