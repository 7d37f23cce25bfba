package org.ogireport.rank;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ogireport.core.Edition;
import org.ogireport.core.analysis.Indicator;

/**
 * The ranks of every collected report's indicators within its group, made by
 * {@link RankCollector#finish()}; written by {@link RankFormat}. The definitions of rank,
 * ties and percentile are {@link Ranking}'s.
 *
 * <pre>{@code
 * for (RankEntry e : table.getEntries()) {
 *   System.out.println(e.getOrgan() + " " + e.get(Indicator.GRANTED_SHARE));
 * }
 * // 淮安市洪泽区人民政府 granted_share=50/95 rank 3 of 812
 * }</pre>
 *
 * <p>Entries are in group order, then by organ, then by year. Immutable and thread-safe; it keeps
 * the collected values in arrays, the entries are views.
 */
public final class RankTable {

  private static final Indicator[] INDICATORS = Indicator.values();

  private final Ranking ranking;
  private final int size;
  private final String[] organ;
  private final String[] source;
  private final int[] year;
  private final Edition[] edition;
  private final int[] group;
  private final List<String> groupNames;
  private final long[][] numerator;
  private final long[][] denominator;
  /** [indicator][entry]: the rank, 0 when not ranked. */
  private final int[][] rank;
  /** [indicator][group]: the number ranked. */
  private final int[][] ranked;
  /** Entry indices in output order. */
  private final int[] order;
  /** Group indices in name order. */
  private final int[] groupOrder;

  RankTable(Ranking ranking, int size, String[] organ, String[] source, int[] year,
      Edition[] edition, int[] group, List<String> groupNames, long[][] numerator,
      long[][] denominator) {
    this.ranking = ranking;
    this.size = size;
    this.organ = organ;
    this.source = source;
    this.year = year;
    this.edition = edition;
    this.group = group;
    this.groupNames = groupNames;
    this.numerator = numerator;
    this.denominator = denominator;
    this.rank = new int[INDICATORS.length][];
    this.ranked = new int[INDICATORS.length][groupNames.size()];
    for (Indicator i : INDICATORS) {
      rank[i.ordinal()] = rankAll(i);
    }
    Integer[] groups = new Integer[groupNames.size()];
    Arrays.setAll(groups, g -> g);
    Arrays.sort(groups, Comparator.comparing(groupNames::get));
    this.groupOrder = Arrays.stream(groups).mapToInt(Integer::intValue).toArray();
    int[] position = new int[groupNames.size()];
    for (int p = 0; p < groupOrder.length; p++) {
      position[groupOrder[p]] = p;
    }
    Integer[] entries = new Integer[size];
    Arrays.setAll(entries, e -> e);
    Arrays.sort(entries, Comparator.<Integer>comparingInt(e -> position[group[e]])
        .thenComparing(e -> organ[e]).thenComparingInt(e -> year[e]));
    this.order = Arrays.stream(entries).mapToInt(Integer::intValue).toArray();
  }

  /** Ranks one indicator in every group: competition ranks by exact value, largest first. */
  private int[] rankAll(Indicator indicator) {
    int i = indicator.ordinal();
    long minimum = ranking.getMinimumBase(indicator);
    List<List<Integer>> byGroup = new ArrayList<>();
    for (int g = 0; g < groupNames.size(); g++) {
      byGroup.add(new ArrayList<>());
    }
    for (int e = 0; e < size; e++) {
      long base = denominator[i][e];
      if (!indicator.isShare() || (base > 0 && base >= minimum)) {
        byGroup.get(group[e]).add(e);
      }
    }
    int[] ranks = new int[size];
    Comparator<Integer> largestFirst = (a, b) -> compare(i, b, a);
    for (int g = 0; g < byGroup.size(); g++) {
      List<Integer> members = byGroup.get(g);
      members.sort(largestFirst);
      for (int p = 0; p < members.size(); p++) {
        int e = members.get(p);
        ranks[e] = p > 0 && compare(i, members.get(p - 1), e) == 0 ? ranks[members.get(p - 1)] : p + 1;
      }
      ranked[i][g] = members.size();
    }
    return ranks;
  }

  /** Compares two entries' values of an indicator exactly: n1/d1 against n2/d2, d > 0. */
  private int compare(int indicator, int a, int b) {
    long n1 = numerator[indicator][a];
    long d1 = denominator[indicator][a];
    long n2 = numerator[indicator][b];
    long d2 = denominator[indicator][b];
    long high1 = Math.multiplyHigh(n1, d2);
    long high2 = Math.multiplyHigh(n2, d1);
    return high1 != high2 ? Long.compare(high1, high2) : Long.compareUnsigned(n1 * d2, n2 * d1);
  }

  /**
   * The ranking this table was made with (its grouping and minimum bases).
   *
   * @return the ranking
   */
  public Ranking getRanking() {
    return ranking;
  }

  /**
   * The number of entries.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * The groups, in name order.
   *
   * @return the group names
   */
  public List<String> getGroups() {
    List<String> names = new ArrayList<>();
    for (int g : groupOrder) {
      names.add(groupNames.get(g));
    }
    return names;
  }

  /**
   * Every entry, in group order, then by organ, then by year.
   *
   * @return the entries, a view
   */
  public List<RankEntry> getEntries() {
    return new AbstractList<>() {
      @Override
      public RankEntry get(int index) {
        return new RankEntry(RankTable.this, order[index]);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The entries of one group, by organ, then by year.
   *
   * @param groupName the group, not null
   * @return the entries, empty for an unknown group
   */
  public List<RankEntry> getEntries(String groupName) {
    Objects.requireNonNull(groupName, "groupName");
    return getEntries().stream().filter(e -> e.getGroup().equals(groupName)).toList();
  }

  /**
   * The number of entries of a group ranked on an indicator (N of the percentile).
   *
   * @param groupName the group, not null
   * @param indicator the indicator, not null
   * @return N, 0 for an unknown group
   */
  public int getRankedCount(String groupName, Indicator indicator) {
    int g = groupNames.indexOf(groupName);
    return g < 0 ? 0 : ranked[indicator.ordinal()][g];
  }

  String organ(int e) {
    return organ[e];
  }

  int year(int e) {
    return year[e];
  }

  Edition edition(int e) {
    return edition[e];
  }

  String source(int e) {
    return source[e];
  }

  String group(int e) {
    return groupNames.get(group[e]);
  }

  Rank rank(int e, Indicator indicator) {
    int i = indicator.ordinal();
    return new Rank(indicator, numerator[i][e], denominator[i][e], rank[i][e],
        ranked[i][group[e]], ranking.getMinimumBase(indicator));
  }

  @Override
  public String toString() {
    return size + " entries in " + groupNames.size() + " groups (" + ranking.getGrouping() + ")";
  }
}
