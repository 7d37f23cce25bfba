package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.validation.ReportValidator;

/**
 * Coverage-guided fuzzing of the JSON readers with Jazzer. The only outcomes allowed for any
 * bytes are a report, a report with problems (lenient), or {@link ReportFormatException} naming
 * where; a report read must write back to JSON that reads as the same report, and must validate
 * without throwing.
 *
 * <p>{@code ./mvnw verify} runs each method once per input kept under
 * {@code src/test/resources/org/ogireport/json/ReportJsonFuzzTestInputs/<method>/} (the seeds and
 * every input a fuzzing run once found). To fuzz one method for five minutes:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl serialization -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ReportJsonFuzzTest#strictRead' -Djazzer.max_duration=5m
 * </pre>
 * A failing input is written to that directory as {@code crash-<sha1>}: fix the code, keep the
 * file as the regression case.
 */
class ReportJsonFuzzTest {

  private static final ReportJson JSON = ReportJson.standard();
  private static final ReportValidator VALIDATOR = ReportValidator.builder()
      .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
      .build();

  @FuzzTest(maxDuration = "10s")
  void strictRead(byte[] input) {
    AnnualReport report;
    try {
      report = JSON.read(input);
    } catch (ReportFormatException e) {
      assertLocated(e);
      return;
    }
    assertRoundTripsAndValidates(report);
    // the same text read as characters gives the same report, for UTF-8 input
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.getBytes(StandardCharsets.UTF_8).length == input.length && !text.startsWith("\uFEFF")) {
      assertEquals(report, JSON.read(new StringReader(text)));
    }
  }

  @FuzzTest(maxDuration = "10s")
  void lenientRead(byte[] input) {
    ReadResult result;
    try {
      result = JSON.readLenient(input);
    } catch (ReportFormatException e) {
      assertLocated(e);
      return;
    }
    for (Diagnostic problem : result.getDiagnostics()) {
      assertTrue(problem.getCode().startsWith("JSON_"), problem.toString());
      assertTrue(problem.getLocation().getLine() > 0, problem.toString());
      assertNotNull(problem.getMessage(Locale.SIMPLIFIED_CHINESE));
    }
    assertRoundTripsAndValidates(result.getReport());
  }

  @FuzzTest(maxDuration = "10s")
  void jsonLines(byte[] input) {
    try (Stream<JsonLine> lines = JSON.readLines(new ByteArrayInputStream(input))) {
      List<JsonLine> all = lines.toList();
      long previous = 0;
      for (JsonLine line : all) {
        assertTrue(line.getLineNumber() > previous, "line numbers increase: " + all);
        previous = line.getLineNumber();
        line.getReport().ifPresent(ReportJsonFuzzTest::assertRoundTripsAndValidates);
        line.getError().ifPresent(ReportJsonFuzzTest::assertLocated);
      }
    }
  }

  private static void assertLocated(ReportFormatException e) {
    assertNotNull(e.getReason(), "a reason");
    assertTrue(e.getMessage().startsWith("<bytes>") || e.getMessage().startsWith("<stream>"),
        () -> "the error names the source: " + e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(c -> c == '\n' || c == '\r'),
        () -> "one line: " + e.getMessage());
  }

  static void assertRoundTripsAndValidates(AnnualReport report) {
    assertEquals(report, JSON.read(JSON.write(report)), "canonical JSON reads back");
    assertEquals(report, JSON.read(JSON.writeCompact(report)), "compact JSON reads back");
    assertNotNull(VALIDATOR.validate(report));
  }
}
