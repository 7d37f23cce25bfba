package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2021;
import org.ogireport.core.analysis.Indicator;

class RankCollectorTest {

  /** A report with {@code granted} of {@code handled} applications granted. */
  private static AnnualReport report(String organ, long granted, long handled) {
    return Report2021.builder().organ(organ).year(2024)
        .applications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, handled)
            .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, granted)
            .set(ApplicationRow.UNABLE_NOT_HELD, Applicant.NATURAL_PERSON, handled - granted)
            .fillTotals().build())
        .build();
  }

  @Test
  void equalFractionsTieAndTheNextRankSkips() {
    RankTable table = Ranking.defaults().rank(List.of(
        report("甲", 30, 60),     // 1/2
        report("乙", 20, 40),     // 1/2: ties with 甲
        report("丙", 40, 40),     // 1
        report("丁", 10, 30),     // 1/3
        report("戊", 5, 29)));    // base 29: not ranked
    assertEquals(List.of("丁", "丙", "乙", "戊", "甲"),
        table.getEntries().stream().map(RankEntry::getOrgan).toList());
    Rank first = table.getEntries().get(1).get(Indicator.GRANTED_SHARE);
    Rank tied = table.getEntries().get(2).get(Indicator.GRANTED_SHARE);
    Rank alsoTied = table.getEntries().get(4).get(Indicator.GRANTED_SHARE);
    Rank last = table.getEntries().get(0).get(Indicator.GRANTED_SHARE);
    Rank none = table.getEntries().get(3).get(Indicator.GRANTED_SHARE);
    assertEquals(OptionalInt.of(1), first.getRank());
    assertEquals(OptionalInt.of(2), tied.getRank());
    assertEquals(OptionalInt.of(2), alsoTied.getRank());
    assertEquals(OptionalInt.of(4), last.getRank());
    assertEquals(4, last.getRankedCount());
    // 100 × (N − rank) / (N − 1)
    assertEquals(new BigDecimal("100.0"), first.getPercentile().orElseThrow());
    assertEquals(new BigDecimal("66.7"), tied.getPercentile().orElseThrow());
    assertEquals(new BigDecimal("0.0"), last.getPercentile().orElseThrow());
    assertTrue(none.getRank().isEmpty());
    assertEquals("base 29 below the minimum 30", none.getReason().orElseThrow());
    assertEquals(new BigDecimal("0.1724"), none.toDecimal(4).orElseThrow());
    // the count is ranked whatever the base: 60 > 40 = 40 > 30 > 29
    assertEquals(OptionalInt.of(5),
        table.getEntries().get(3).get(Indicator.APPLICATIONS_HANDLED).getRank());
    assertEquals("granted_share=30/60 rank 2 of 4", alsoTied.toString());
  }

  @Test
  void aMinimumBaseCanBeSetPerIndicator() {
    RankTable table = Ranking.builder().minimumBase(Indicator.GRANTED_SHARE, 29).build()
        .rank(List.of(report("甲", 5, 29), report("乙", 1, 2)));
    assertEquals(OptionalInt.of(1), table.getEntries().get(1).get(Indicator.GRANTED_SHARE).getRank());
    assertTrue(table.getEntries().get(0).get(Indicator.NOT_HELD_SHARE).getRank().isEmpty());
    assertEquals("base 0: no share",
        table.getEntries().get(0).get(Indicator.REVIEW_CORRECTION_RATE).getReason().orElseThrow());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> Ranking.builder().minimumBase(Indicator.APPLICATIONS_HANDLED, 5));
    assertEquals("applications_handled is a count, always ranked: it has no base",
        count.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> Ranking.builder().minimumBase(0));
    assertEquals("the minimum base of granted_share must be at least 1, got 0", zero.getMessage());
  }

  @Test
  void theSameOrgansYearTwiceIsAnErrorNamingBothSources() {
    RankCollector collector = Ranking.defaults().newCollector();
    collector.add(report("甲局", 1, 2), "a.jsonl:1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> collector.add(report(" 甲局", 1, 2), "a.jsonl:7"));
    assertEquals("the 2024 report of '甲局' comes twice: a.jsonl:1 and a.jsonl:7", e.getMessage());
    assertEquals(1, collector.size());
    collector.finish();
    assertThrows(IllegalStateException.class, () -> collector.add(report("乙局", 1, 2)));
    assertThrows(IllegalStateException.class, collector::finish);
  }
}
