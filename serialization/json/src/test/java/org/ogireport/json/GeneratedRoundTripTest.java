package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.Fixtures;
import org.ogireport.json.format.RandomReports;
import org.ogireport.json.format.ReportPojos;
import org.ogireport.core.Edition;

class GeneratedRoundTripTest {

  private final ReportJson json = ReportJson.standard();

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void writeThenReadGivesAnEqualReport(long seed) {
    RandomReports reports = new RandomReports(seed);
    for (int i = 0; i < 20; i++) {
      AnnualReport report = reports.next();
      String canonical = json.write(report);
      assertEquals(report, json.read(canonical), canonical);
      assertEquals(report, json.read(json.writeCompact(report)));
      assertEquals(report, json.read(canonical.getBytes(StandardCharsets.UTF_8)));
      assertEquals(canonical, json.write(json.read(canonical)));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void asciiEscapedOutputReadsBackEqual(long seed) {
    ReportJson ascii = ReportJson.builder().enable(ReportJsonFeature.ESCAPE_NON_ASCII).build();
    AnnualReport report = new RandomReports(seed).next();
    String written = ascii.write(report);
    assertTrue(written.chars().allMatch(c -> c < 0x80), written);
    assertEquals(report, json.read(written));
  }

  @Test
  void theGeneratorCoversBothEditionsBlanksMarkersNegativesAndLongExtremes() {
    RandomReports reports = new RandomReports(7);
    Set<Edition> editions = EnumSet.noneOf(Edition.class);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      AnnualReport r = reports.next();
      editions.add(r.getEdition());
      all.append(json.writeCompact(r));
    }
    assertEquals(EnumSet.allOf(Edition.class), editions);
    for (String needle : new String[] {
        ":null", ":\"/\"", ":-", ":" + Long.MAX_VALUE, ":" + Long.MIN_VALUE, "\"unit\":null",
        "\"unit\":\"元\"", "\"unit\":\"万元\""}) {
      assertTrue(all.indexOf(needle) >= 0, needle);
    }
  }
}
