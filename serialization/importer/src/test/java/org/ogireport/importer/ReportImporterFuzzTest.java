package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.json.ReportJson;
import org.ogireport.validation.ReportValidator;

/**
 * Fuzzes the importer of published reports with Jazzer, as text and as HTML: the only outcomes
 * allowed for any input are a report (with diagnostics) or {@link ReportFormatException}; a
 * report imported writes to JSON that reads back as the same report, and validates without
 * throwing.
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl serialization -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ReportImporterFuzzTest#readText' -Djazzer.max_duration=5m
 * </pre>
 * Seeds and every input a run once found are in
 * {@code src/test/resources/org/ogireport/importer/ReportImporterFuzzTestInputs/<method>/}.
 */
class ReportImporterFuzzTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();
  private static final ReportJson JSON = ReportJson.standard();
  private static final ReportValidator VALIDATOR = ReportValidator.builder()
      .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
      .build();

  @FuzzTest(maxDuration = "10s")
  void readText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ImportResult result;
    try {
      result = IMPORTER.read(text);
    } catch (ReportFormatException e) {
      assertOneLine(e);
      return;
    }
    assertUsable(result);
  }

  @FuzzTest(maxDuration = "10s")
  void readHtml(byte[] input) {
    String html = new String(input, StandardCharsets.UTF_8);
    ImportResult result;
    try {
      result = IMPORTER.readHtml(html);
    } catch (ReportFormatException e) {
      assertOneLine(e);
      return;
    }
    assertUsable(result);
  }

  private static void assertOneLine(ReportFormatException e) {
    assertNotNull(e.getReason());
    assertTrue(e.getMessage().chars().noneMatch(c -> c == '\n' || c == '\r'),
        () -> "one line: " + e.getMessage());
  }

  private static void assertUsable(ImportResult result) {
    AnnualReport report = result.getReport();
    assertNotNull(report);
    result.getDiagnostics().forEach(d -> assertNotNull(d.toString()));
    if (report.getOrgan().isBlank()) {
      // no organ found: said in a diagnostic; the JSON format requires an organ, so such a
      // report does not round-trip (an open question between the importer and the format)
      assertTrue(result.getDiagnostics().stream()
          .anyMatch(d -> d.getCode().equals(DiagnosticCode.TITLE_NOT_FOUND.name())
              || d.getCode().equals(DiagnosticCode.ORGAN_NOT_FOUND.name())), result.getDiagnostics()::toString);
      assertNotNull(VALIDATOR.validate(report));
      return;
    }
    AnnualReport back = JSON.read(JSON.write(report));
    assertTrue(back.equals(report), "the imported report round-trips through JSON");
    assertNotNull(VALIDATOR.validate(report));
  }
}
