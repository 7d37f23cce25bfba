package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;

/**
 * What {@link ReportJson} refuses beyond the format's own refusals (those are pinned for both
 * Jackson modules by {@code JsonFormatContract}): trailing content, malformed JSON, broken
 * encodings, input limits, with the source named. The inputs are the canonical form of a fresh 2021 report with one change; its first lines are:
 *
 * <pre>
 *  1 {
 *  2   "edition": "2021",
 *  3   "organ": "巫溪县信访办公室",
 *  4   "year": 2022,
 *  5   "proactiveDisclosure": {
 *  6     "rules": {
 *  7       "issued": 0,
 *  8       "repealed": 0,
 *  9       "inForce": 0
 * 10     },
 * </pre>
 */
class StrictErrorsTest {

  static final String BASE =
      ReportJson.standard().write(AnnualReport.blank(Edition.V2021, "巫溪县信访办公室", 2022));

  private final ReportJson json = ReportJson.standard();

  static String replaceFirst(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private ReportFormatException assertRefused(
      String input, int line, int column, String path, String reason) {
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.read(input));
    assertEquals(reason, e.getReason());
    assertEquals(path, e.getPath());
    assertEquals(line, e.getLine(), "line");
    assertEquals(column, e.getColumn(), "column");
    assertEquals("<string>", e.getSource());
    assertNull(e.getCause(), "no Jackson exception behind ours");
    return e;
  }

  @Test
  void aRefusalOfTheFormatNamesTheSourceBeforeItsPlace() {
    ReportFormatException e = assertRefused(replaceFirst(BASE, "\"issued\": 0", "\"issued\": \"3\""),
        7, 17, "proactiveDisclosure.rules.issued", "expected a whole number, null or \"/\", got \"3\"");
    assertEquals("<string>:7:17: proactiveDisclosure.rules.issued: "
        + "expected a whole number, null or \"/\", got \"3\"", e.getMessage());
  }

  @Test
  void trailingContentIsRefused() {
    String input = BASE + "\n{}";
    assertRefused(input, input.split("\n").length, 1, "", "trailing content after the report: an object");
  }

  @Test
  void trailingContentMayBeAllowed() {
    ReportJson tolerant = ReportJson.builder().disable(ReportJsonFeature.FAIL_ON_TRAILING_TOKENS).build();
    assertEquals(json.read(BASE), tolerant.read(BASE + "\n{}"));
  }

  @Test
  void unknownFieldsMayBeAllowed() {
    ReportJson tolerant = ReportJson.builder().disable(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS).build();
    assertEquals(json.read(BASE),
        tolerant.read(replaceFirst(BASE, "  \"year\": 2022,", "  \"year\": 2022,\n  \"note\": [1, {}],")));
  }

  @Test
  void emptyInputIsNotAReport() {
    assertRefused("  ", 1, 3, "", "expected a report object, got the end of the input");
  }

  @Test
  void malformedJsonIsRefusedWithJacksonsReasonButNotItsException() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> json.read("{\"edition\": \"2021\",}"));
    assertEquals(1, e.getLine());
    assertEquals(20, e.getColumn());
    assertTrue(e.getReason().startsWith("Unexpected character ('}' (code 125))"), e.getReason());
    assertNull(e.getCause());
  }

  @Test
  void jacksonsAdviceToEnableItsFeaturesIsNotPassedOn() {
    assertRefused(replaceFirst(BASE, "\"issued\": 0", "\"issued\": NaN"), 7, 20,
        "proactiveDisclosure.rules.issued", "Non-standard token 'NaN'");
    assertRefused(replaceFirst(BASE, "\"issued\": 0", "\"issued\": +5"), 7, 18,
        "proactiveDisclosure.rules.issued",
        "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers"
            + " to have plus signs");
    ReportJson small = ReportJson.builder()
        .streamReadConstraints(ReportJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxStringLength(4).build())
        .build();
    assertEquals("input exceeds a limit: String value length (8) exceeds the maximum allowed (4)",
        assertThrows(ReportFormatException.class, () -> small.read(BASE)).getReason());
  }

  @Test
  void aTruncatedDocumentIsRefused() {
    String input = BASE.substring(0, BASE.indexOf("\"applications\""));
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.read(input));
    assertTrue(e.getReason().startsWith("Unexpected end-of-input"), e.getReason());
    assertTrue(e.getLine() > 30, "line " + e.getLine());
  }

  @Test
  void brokenUtf32IsRefusedAsAnEncodingError() {
    byte[] input = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.read(input));
    assertTrue(e.getReason().startsWith("invalid character encoding: "), e.getReason());
    assertEquals("<bytes>", e.getSource());
  }

  @Test
  void brokenUtf8IsRefused() {
    byte[] input = "{\"edition\": \"2021\", \"organ\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> json.read(new ByteArrayInputStream(input)));
    assertEquals("<stream>", e.getSource());
    assertEquals("organ", e.getPath());
    assertTrue(e.getReason().startsWith("Invalid UTF-8"), e.getReason());
  }

  @Test
  void aStringBeyondTheLimitIsRefusedNamingTheLimit() {
    ReportJson small = ReportJson.builder()
        .streamReadConstraints(ReportJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxStringLength(4).build())
        .build();
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> small.read(new StringReader(BASE)));
    assertEquals("<reader>", e.getSource());
    assertEquals(3, e.getLine());
    assertTrue(e.getReason().startsWith("input exceeds a limit: String value length (8) exceeds"),
        e.getReason());
  }

  @Test
  void aNumberBeyondTheLimitIsLocatedAtTheNumberNotAtItsKey() {
    String[] lines = BASE.split("\n", -1);
    int line = 0;
    while (!lines[line].contains("\"naturalPerson\": ")) {
      line++;
    }
    lines[line] = lines[line].replaceFirst(": [^,]*", ": " + "1".repeat(65));
    String input = String.join("\n", lines);
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    for (Executable read : List.<Executable>of(() -> json.read(input), () -> json.read(bytes))) {
      ReportFormatException e = assertThrows(ReportFormatException.class, read);
      assertEquals(line + 1, e.getLine());
      assertEquals(lines[line].indexOf('1') + 1, e.getColumn(), e::getMessage);
      assertEquals("applications.newReceived.naturalPerson", e.getPath());
      assertTrue(e.getReason().startsWith("input exceeds a limit: Number value length (65)"),
          e.getReason());
    }
  }

  @Test
  void deepNestingBeyondTheLimitIsRefusedEvenInSkippedFields() {
    ReportJson tolerant = ReportJson.builder().disable(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS).build();
    String input = replaceFirst(BASE, "  \"year\": 2022,",
        "  \"year\": 2022,\n  \"note\": " + "[".repeat(20) + "]".repeat(20) + ",");
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> tolerant.read(input));
    assertEquals(5, e.getLine());
    assertTrue(e.getReason().startsWith("input exceeds a limit: Document nesting depth (17) exceeds"),
        e.getReason());
  }

  @Test
  void theDefaultLimitsAreTheDocumentedOnes() {
    StreamReadConstraints c = ReportJson.standard().getStreamReadConstraints();
    assertEquals(2_097_152, c.getMaxDocumentLength());
    assertEquals(16, c.getMaxNestingDepth());
    assertEquals(64, c.getMaxNumberLength());
    assertEquals(524_288, c.getMaxStringLength());
    assertEquals(256, c.getMaxNameLength());
    assertEquals(20_000, c.getMaxTokenCount());
  }

  @Test
  void aFileErrorNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, replaceFirst(BASE, "\"issued\": 0", "\"issued\": null,\"x\":1"));
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.read(file));
    assertEquals(file.toString(), e.getSource());
    assertEquals("proactiveDisclosure.rules.x", e.getPath());
    assertEquals(7, e.getLine());
  }
}
