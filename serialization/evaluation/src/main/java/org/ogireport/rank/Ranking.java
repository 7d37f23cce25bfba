package org.ogireport.rank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Indicator;

/**
 * How organs are ranked by the {@link Indicator}s: the grouping and the minimum bases. Build one,
 * then feed reports one at a time to a {@link RankCollector}, which keeps only their indicator
 * values (so 100,000 reports stream through in a small heap), and get the {@link RankTable}.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.builder().grouping(Grouping.byYear()).build();   // minimum base 30
 * RankCollector collector = ranking.newCollector();
 * try (Stream<JsonLine> lines = ReportJson.standard().readLines(Path.of("reports.jsonl"))) {
 *   lines.forEach(line -> collector.add(line.getReportOrThrow(), "reports.jsonl:" + line.getLineNumber()));
 * }
 * RankTable table = collector.finish();
 * table.getEntries().get(0).get(Indicator.GRANTED_SHARE).getRank();   // OptionalInt[3]
 * RankFormat.CSV.write(table, out);
 * }</pre>
 *
 * <p>The definitions, stated here once:
 * <ul>
 *   <li><b>Ranked.</b> Within its group, an entry (one organ's report of one year) is ranked on a
 *       count indicator always, and on a share when the share's base (its denominator, see
 *       {@link Indicator#getBase()}) is at least the minimum base of that indicator (default
 *       {@value #DEFAULT_MINIMUM_BASE}: 30 closed applications for the application shares, 30
 *       open applications for the carry-forward share, 30 closed cases for the correction
 *       rates) and not 0. A share below it is shown, not ranked.
 *   <li><b>Rank.</b> By value, largest first: rank 1 is the largest value, whether that is good or
 *       bad (a high withheld share ranks 1 too). Values are compared exactly, as fractions
 *       (1/3 equals 2/6). Ties share the best rank and the next rank skips ("1224", standard
 *       competition ranking): rank = 1 + the number of ranked entries of the group with a
 *       larger value.
 *   <li><b>Percentile.</b> 100 × (N − rank) / (N − 1), N the number of ranked entries of the
 *       group for that indicator: the percentage of the other ranked entries whose value is not
 *       larger. 100 for the largest, 0 for the smallest, 100 when N = 1; tied entries share it.
 * </ul>
 *
 * <p>Immutable and thread-safe; a collector is not.
 */
public final class Ranking {

  /** The minimum base of a share unless set otherwise: 30 (applications or cases). */
  public static final long DEFAULT_MINIMUM_BASE = 30;

  private final Grouping grouping;
  private final Map<Indicator, Long> minimumBases;

  private Ranking(Builder builder) {
    this.grouping = builder.grouping;
    this.minimumBases = new EnumMap<>(builder.minimumBases);
  }

  /**
   * A builder: no grouping, minimum base {@value #DEFAULT_MINIMUM_BASE} for every share.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The ranking with the defaults of {@link #builder()}.
   *
   * @return the ranking
   */
  public static Ranking defaults() {
    return builder().build();
  }

  /**
   * The grouping.
   *
   * @return the grouping
   */
  public Grouping getGrouping() {
    return grouping;
  }

  /**
   * The smallest base at which an indicator is ranked: 0 for a count, which is always ranked.
   *
   * @param indicator the indicator, not null
   * @return the minimum base
   */
  public long getMinimumBase(Indicator indicator) {
    return indicator.isShare() ? minimumBases.get(indicator) : 0;
  }

  /**
   * Starts collecting reports.
   *
   * @return a new, empty collector
   */
  public RankCollector newCollector() {
    return new RankCollector(this);
  }

  /**
   * Ranks the reports of a stream, consuming it; see {@link RankCollector#add(AnnualReport)}.
   *
   * @param reports the reports, not null
   * @return the table
   * @throws IllegalArgumentException when an organ's report of a year comes twice
   */
  public RankTable rank(Stream<? extends AnnualReport> reports) {
    RankCollector collector = newCollector();
    reports.forEachOrdered(collector::add);
    return collector.finish();
  }

  /**
   * Ranks reports.
   *
   * @param reports the reports, not null
   * @return the table
   * @throws IllegalArgumentException when an organ's report of a year comes twice
   */
  public RankTable rank(Iterable<? extends AnnualReport> reports) {
    RankCollector collector = newCollector();
    reports.forEach(collector::add);
    return collector.finish();
  }

  /** The indicators that are shares, in enum order. */
  static List<Indicator> shares() {
    List<Indicator> shares = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      if (i.isShare()) {
        shares.add(i);
      }
    }
    return shares;
  }

  /** Configures a {@link Ranking}. Not thread-safe. */
  public static final class Builder {

    private Grouping grouping = Grouping.none();
    private final Map<Indicator, Long> minimumBases = new EnumMap<>(Indicator.class);

    private Builder() {
      minimumBase(DEFAULT_MINIMUM_BASE);
    }

    /**
     * How to group the reports; default {@link Grouping#none()}.
     *
     * @param by the grouping, not null
     * @return this builder
     */
    public Builder grouping(Grouping by) {
      this.grouping = Objects.requireNonNull(by, "grouping");
      return this;
    }

    /**
     * The minimum base of every share.
     *
     * @param base at least 1
     * @return this builder
     * @throws IllegalArgumentException when the base is below 1
     */
    public Builder minimumBase(long base) {
      for (Indicator i : shares()) {
        minimumBase(i, base);
      }
      return this;
    }

    /**
     * The minimum base of one share, e.g. 10 closed reviews for the review correction rate.
     *
     * @param indicator a share, not null
     * @param base at least 1
     * @return this builder
     * @throws IllegalArgumentException when the indicator is a count or the base is below 1
     */
    public Builder minimumBase(Indicator indicator, long base) {
      if (!indicator.isShare()) {
        throw new IllegalArgumentException(
            indicator.getId() + " is a count, always ranked: it has no base");
      }
      if (base < 1) {
        throw new IllegalArgumentException(
            "the minimum base of " + indicator.getId() + " must be at least 1, got " + base);
      }
      minimumBases.put(indicator, base);
      return this;
    }

    /**
     * Builds the ranking.
     *
     * @return the ranking
     */
    public Ranking build() {
      return new Ranking(this);
    }
  }
}
