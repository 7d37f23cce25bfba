package org.ogireport.rank;

import java.util.Optional;
import org.ogireport.core.Edition;
import org.ogireport.core.analysis.Indicator;

/**
 * One organ's report of one year in a {@link RankTable}: who, which group, and every indicator
 * with its rank.
 *
 * <pre>{@code
 * RankEntry e = table.getEntries().get(0);
 * e.getOrgan() + " " + e.getYear() + " " + e.getGroup();   // 淮安市洪泽区人民政府 2024 2024
 * e.get(Indicator.SUBSTANTIVE_DISCLOSURE_SHARE).getRank();  // OptionalInt[1]
 * }</pre>
 *
 * <p>A view of the table: immutable and thread-safe.
 */
public final class RankEntry {

  private final RankTable table;
  private final int index;

  RankEntry(RankTable table, int index) {
    this.table = table;
    this.index = index;
  }

  /**
   * The organ as printed (without leading and trailing white space).
   *
   * @return the organ
   */
  public String getOrgan() {
    return table.organ(index);
  }

  /**
   * The report year.
   *
   * @return the year
   */
  public int getYear() {
    return table.year(index);
  }

  /**
   * The edition of the report's form.
   *
   * @return the edition
   */
  public Edition getEdition() {
    return table.edition(index);
  }

  /**
   * Where the report was read from, as given to {@link RankCollector#add(org.ogireport.core.AnnualReport, String)}.
   *
   * @return the source, or empty
   */
  public Optional<String> getSource() {
    return Optional.ofNullable(table.source(index));
  }

  /**
   * The group the entry is ranked in.
   *
   * @return the group's name
   */
  public String getGroup() {
    return table.group(index);
  }

  /**
   * One indicator with its rank.
   *
   * @param indicator the indicator, not null
   * @return the rank
   */
  public Rank get(Indicator indicator) {
    return table.rank(index, indicator);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(getOrgan() + " " + getYear() + " [" + getGroup() + "]");
    for (Indicator i : Indicator.values()) {
      out.append(' ').append(get(i));
    }
    return out.toString();
  }
}
