package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.testing.Fixtures;

/** The README's ranking example: the three real reports, by year. */
class RankRealReportsTest {

  @Test
  void theReal2024ReportsRankedByYear() {
    RankTable table = Ranking.builder().grouping(Grouping.byYear()).build().rank(List.of(
        Fixtures.realWorld("hongze-2023"), Fixtures.realWorld("hongze-2024"),
        Fixtures.realWorld("huaian-2024")));
    assertEquals(List.of("2023", "2024"), table.getGroups());
    RankEntry huaian = table.getEntries("2024").get(0);
    RankEntry hongze = table.getEntries("2024").get(1);
    assertEquals("淮安市人民政府", huaian.getOrgan());
    assertEquals("granted_share=50/95 rank 1 of 2", hongze.get(Indicator.GRANTED_SHARE).toString());
    assertEquals("granted_share=1362/3050 rank 2 of 2",
        huaian.get(Indicator.GRANTED_SHARE).toString());
    assertEquals("substantive_disclosure_share=59/95 rank 1 of 2",
        hongze.get(Indicator.SUBSTANTIVE_DISCLOSURE_SHARE).toString());
    assertEquals("review_correction_rate=1/2 not ranked",
        hongze.get(Indicator.REVIEW_CORRECTION_RATE).toString());
    assertEquals("base 2 below the minimum 30",
        hongze.get(Indicator.REVIEW_CORRECTION_RATE).getReason().orElseThrow());
    assertEquals("review_correction_rate=64/314 rank 1 of 1",
        huaian.get(Indicator.REVIEW_CORRECTION_RATE).toString());
    assertEquals("100.0", hongze.get(Indicator.GRANTED_SHARE).getPercentile().get().toPlainString());
    assertEquals("0.0", huaian.get(Indicator.GRANTED_SHARE).getPercentile().get().toPlainString());
  }
}
