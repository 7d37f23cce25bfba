package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.RandomReports;

class GeneratedRoundTripTest {

  private final ReportJson json = ReportJson.standard();

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void canonicalBytesReadBackEqual(long seed) {
    AnnualReport report = new RandomReports(seed).next();
    assertEquals(report, json.read(json.write(report).getBytes(StandardCharsets.UTF_8)));
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
}
