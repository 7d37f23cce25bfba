package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.Report2021;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.testing.ReportGenerator;

/**
 * 1,000 generated organs over two years, ranked by year; every sum, rank and percentile checked
 * against a computation here that reads the cells by their JSON paths (not through
 * {@link Indicator}) and ranks by counting (not by sorting).
 */
class RankGeneratedTest {

  static final String[] CITIES = {"淮安市", "南京市", "苏州市", "无锡市", "徐州市", "常州市",
      "南通市", "连云港市", "扬州市", "镇江市"};

  private static List<AnnualReport> reports;
  private static RankTable table;

  static AnnualReport report(ReportGenerator generator, String organ, int year) {
    return ImmutableReport2021.copyOf((Report2021) generator.next(Edition.V2021))
        .withOrgan(organ).withYear(year);
  }

  static String organ(int k) {
    return CITIES[k % CITIES.length] + "第" + k + "局";
  }

  @BeforeAll
  static void rank() {
    ReportGenerator generator = new ReportGenerator(1000L);
    reports = new ArrayList<>();
    for (int year = 2023; year <= 2024; year++) {
      for (int k = 0; k < 1000; k++) {
        reports.add(report(generator, organ(k), year));
      }
    }
    table = Ranking.builder().grouping(Grouping.byYear()).build().rank(reports);
  }

  /** The numerator and base of every indicator, summed here from the cells' JSON paths. */
  static Map<Indicator, long[]> independently(AnnualReport r) {
    Map<String, Long> sums = new HashMap<>();
    for (Table<?, ?> t : r.getTables()) {
      for (CellSlot<?, ?> slot : t.getLayout().getSlots()) {
        String path = slot.getPath();
        if (path.endsWith(".total") || slot.getKind().isMoney()) {
          continue;
        }
        Cell cell = t.getCells().get(slot.getIndex());
        long v = cell.toDecimalOrZero().longValueExact();
        String row = path.substring(0, path.lastIndexOf('.'));
        String column = path.substring(path.lastIndexOf('.') + 1);
        sums.merge(row, v, Long::sum);
        sums.merge(row.substring(0, row.lastIndexOf('.')) + ".*", v, Long::sum);
        if (path.startsWith("reviewAndLitigation.")) {
          String block = row.startsWith("reviewAndLitigation.review") ? "review" : "litigation";
          sums.merge(block + "." + column, v, Long::sum);
        }
      }
    }
    long received = sums.get("applications.newReceived") + sums.get("applications.carriedOver");
    long forward = sums.get("applications.carriedForward");
    long closed = received - forward;   // the balance 一 + 二 = 三（七） + 四, which generated reports keep
    long granted = sums.get("applications.outcomes.granted");
    long partly = sums.get("applications.outcomes.partiallyGranted");
    long reviews = sums.get("review.upheld") + sums.get("review.corrected") + sums.get("review.other");
    long suits = sums.get("litigation.upheld") + sums.get("litigation.corrected")
        + sums.get("litigation.other");
    Map<Indicator, long[]> v = new EnumMap<>(Indicator.class);
    v.put(Indicator.APPLICATIONS_HANDLED, new long[] {closed, 1});
    v.put(Indicator.GRANTED_SHARE, new long[] {granted, closed});
    v.put(Indicator.PARTIALLY_GRANTED_SHARE, new long[] {partly, closed});
    v.put(Indicator.WITHHELD_SHARE, new long[] {sums.get("applications.outcomes.withheld.*"), closed});
    v.put(Indicator.NOT_HELD_SHARE,
        new long[] {sums.get("applications.outcomes.unableToProvide.notHeld"), closed});
    v.put(Indicator.REVIEW_CORRECTION_RATE, new long[] {sums.get("review.corrected"), reviews});
    v.put(Indicator.LITIGATION_CORRECTION_RATE, new long[] {sums.get("litigation.corrected"), suits});
    v.put(Indicator.CARRIED_FORWARD_SHARE, new long[] {forward, received});
    v.put(Indicator.SUBSTANTIVE_DISCLOSURE_SHARE, new long[] {granted + partly, closed});
    return v;
  }

  /** a[0]/a[1] against b[0]/b[1] by cross-multiplication (exact: the counts here are small). */
  private static int compare(long[] a, long[] b) {
    return Long.compare(Math.multiplyExact(a[0], b[1]), Math.multiplyExact(b[0], a[1]));
  }

  @Test
  void everySumRankAndPercentileMatchesAnIndependentComputation() {
    assertEquals(2000, table.size());
    assertEquals(List.of("2023", "2024"), table.getGroups());
    Map<String, Map<Indicator, long[]>> values = new HashMap<>();
    Map<Integer, List<Map<Indicator, long[]>>> byYear = new HashMap<>();
    for (AnnualReport r : reports) {
      Map<Indicator, long[]> v = independently(r);
      values.put(r.getYear() + " " + r.getOrgan(), v);
      byYear.computeIfAbsent(r.getYear(), y -> new ArrayList<>()).add(v);
    }
    int ranked = 0;
    int unranked = 0;
    int ties = 0;
    for (RankEntry e : table.getEntries()) {
      Map<Indicator, long[]> mine = values.get(e.getYear() + " " + e.getOrgan());
      for (Indicator i : Indicator.values()) {
        Rank r = e.get(i);
        long[] v = mine.get(i);
        assertEquals(v[0], r.getNumerator(), () -> e + " " + i);
        assertEquals(i.isShare() ? v[1] : -1, r.getBase().orElse(-1), () -> e + " " + i);
        boolean rankable = !i.isShare() || v[1] >= 30;
        assertEquals(rankable, r.isRanked(), () -> e + " " + i);
        if (!rankable) {
          unranked++;
          continue;
        }
        ranked++;
        int larger = 0;
        int n = 0;
        int equal = 0;
        for (Map<Indicator, long[]> other : byYear.get(e.getYear())) {
          long[] w = other.get(i);
          if (!i.isShare() || w[1] >= 30) {
            n++;
            larger += compare(w, v) > 0 ? 1 : 0;
            equal += compare(w, v) == 0 ? 1 : 0;
          }
        }
        ties += equal > 1 ? 1 : 0;
        assertEquals(1 + larger, r.getRank().getAsInt(), () -> e + " " + i);
        assertEquals(n, r.getRankedCount(), () -> e + " " + i);
        BigDecimal percentile = n == 1 ? new BigDecimal("100.0")
            : BigDecimal.valueOf(100L * (n - 1 - larger)).divide(BigDecimal.valueOf(n - 1), 1,
                RoundingMode.HALF_EVEN);
        assertEquals(percentile, r.getPercentile().orElseThrow(), () -> e + " " + i);
      }
    }
    // the set exercises all three cases
    assertTrue(ranked > 5000 && unranked > 1000 && ties > 1000,
        ranked + " ranked, " + unranked + " below the base, " + ties + " tied");
  }

  @Test
  void groupsByRegionAndYearTogether() {
    RankTable byCity = Ranking.builder()
        .grouping(Grouping.byYear().and(Grouping.byRegion()))
        .minimumBase(Indicator.REVIEW_CORRECTION_RATE, 1)
        .build().rank(reports);
    assertEquals(20, byCity.getGroups().size());
    assertEquals("2023 南京市", byCity.getGroups().get(0));
    List<RankEntry> huaian = byCity.getEntries("2024 淮安市");
    assertEquals(100, huaian.size());
    assertEquals(100, byCity.getRankedCount("2024 淮安市", Indicator.APPLICATIONS_HANDLED));
    // with a minimum base of 1 every organ with a closed review is ranked on the review rate
    long withReviews = huaian.stream()
        .filter(e -> e.get(Indicator.REVIEW_CORRECTION_RATE).getBase().getAsLong() > 0).count();
    assertEquals(withReviews, byCity.getRankedCount("2024 淮安市", Indicator.REVIEW_CORRECTION_RATE));
    RankEntry top = huaian.stream()
        .filter(e -> e.get(Indicator.APPLICATIONS_HANDLED).getRank().getAsInt() == 1)
        .findFirst().orElseThrow();
    long most = huaian.stream()
        .mapToLong(e -> independently(reportOf(e)).get(Indicator.APPLICATIONS_HANDLED)[0])
        .max().orElseThrow();
    assertEquals(most, top.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertEquals(new BigDecimal("100.0"),
        top.get(Indicator.APPLICATIONS_HANDLED).getPercentile().orElseThrow());
  }

  private static AnnualReport reportOf(RankEntry e) {
    return reports.stream()
        .filter(r -> r.getYear() == e.getYear() && r.getOrgan().equals(e.getOrgan()))
        .findFirst().orElseThrow();
  }

  @Test
  void csvHasOneRowPerEntryWithValueBaseRankAndPercentile() {
    String csv = RankFormat.CSV.render(table);
    String[] lines = csv.split("\r\n");
    assertEquals(2001, lines.length);
    assertTrue(lines[0].startsWith("group,organ,year,edition,source,applications_handled,"
        + "applications_handled_rank,applications_handled_of,applications_handled_percentile,"
        + "granted_share,granted_share_base,granted_share_rank,granted_share_of,"
        + "granted_share_percentile,"), lines[0]);
    assertTrue(lines[0].endsWith(",substantive_disclosure_share_percentile"), lines[0]);
    RankEntry first = table.getEntries().get(0);
    Rank handled = first.get(Indicator.APPLICATIONS_HANDLED);
    Rank granted = first.get(Indicator.GRANTED_SHARE);
    String expected = "2023," + first.getOrgan() + ",2023,2021,," + handled.getNumerator() + ","
        + handled.getRank().getAsInt() + ",1000," + handled.getPercentile().get() + ","
        + granted.toDecimal(6).map(BigDecimal::toPlainString).orElse("") + ","
        + granted.getBase().getAsLong() + ","
        + (granted.isRanked() ? granted.getRank().getAsInt() : "") + ","
        + granted.getRankedCount() + ","
        + granted.getPercentile().map(BigDecimal::toPlainString).orElse("") + ",";
    assertTrue(lines[1].startsWith(expected), lines[1] + "\n" + expected);
    assertEquals(5 + 4 + 8 * 5, lines[1].split(",", -1).length);
  }

  @Test
  void htmlStatesTheDefinitionsOnceAndTablesPerGroup() {
    String html = RankFormat.HTML.render(table);
    for (Indicator i : Indicator.values()) {
      assertTrue(html.contains("<td>" + i.getId() + "</td><td>" + i.getChineseName() + "</td>"),
          i.getId());
    }
    assertTrue(html.contains("<td>30 cases</td>"));
    assertTrue(html.contains("<section>\n<h2>2023</h2>"));
    assertTrue(html.contains("<section>\n<h2>2024</h2>"));
    assertEquals(2000, html.split("<tr><th scope=\"row\">", -1).length - 1);
  }
}
