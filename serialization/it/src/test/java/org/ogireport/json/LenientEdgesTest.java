package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.SectionId;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.testing.Fixtures;

/**
 * The lenient reader on the sections and money objects, every input type of both reads, and the
 * small value types of the JSON API.
 */
class LenientEdgesTest {

  private static final ReportJson JSON = ReportJson.standard();
  private static final AnnualReport ZERO_FORM = Fixtures.zeroForm(Edition.V2021);
  private static final String ZEROS = JSON.writeCompact(ZERO_FORM);
  private static final String MONEY = "\"amount\":{\"value\":0,\"unit\":\"万元\"}";

  private static List<String> problems(String input) {
    return JSON.readLenient(input).getDiagnostics().stream()
        .map(d -> d.getLocation().getPath() + ": " + d.getMessage(Locale.ENGLISH))
        .toList();
  }

  private static String withSections(String sections) {
    return ZEROS.replace("\"year\":2021,", "\"year\":2021,\"sections\":" + sections + ",");
  }

  @Test
  void badSectionsAreDroppedOneByOne() {
    assertEquals(List.of("sections: expected an object, got an array; ignored"),
        problems(withSections("[\"一\"]")));
    assertTrue(JSON.readLenient(withSections("null")).isClean());
    ReadResult result = JSON.readLenient(withSections(
        "{\"overview\":\"概况\",\"overview\":\"again\",\"extra\":\"x\",\"problems\":7,"
            + "\"otherMatters\":null}"));
    assertEquals(List.of(
        "sections.overview: duplicate field; the later value ignored",
        "sections.extra: unknown field; expected one of overview, problems, otherMatters; ignored",
        "sections.problems: expected a string or null, got 7; ignored"),
        result.getDiagnostics().stream()
            .map(d -> d.getLocation().getPath() + ": " + d.getMessage(Locale.ENGLISH)).toList());
    assertFalse(result.isClean());
    assertEquals(Optional.of("概况"), result.getReport().getSections().get(SectionId.OVERVIEW));
    assertEquals(Optional.empty(), result.getReport().getSections().get(SectionId.PROBLEMS));
  }

  @Test
  void badMoneyObjectsAreBlankOrOfUnknownUnit() {
    assertEquals(List.of(
        "proactiveDisclosure.fees.amount.value: duplicate field; the later value ignored",
        "proactiveDisclosure.fees.amount.cents: unknown field; expected one of value, unit; ignored",
        "proactiveDisclosure.fees.amount.unit: expected \"元\", \"万元\" or null, got 1; read as unknown"),
        problems(ZEROS.replace(MONEY,
            "\"amount\":{\"value\":1,\"value\":2,\"cents\":3,\"unit\":1}")));
    assertEquals(List.of(
        "proactiveDisclosure.fees.amount.value: expected a decimal number, got \"1\"; cell read as blank",
        "proactiveDisclosure.fees.amount.unit: missing field (null where the report printed no unit); "
            + "read as unknown"),
        problems(ZEROS.replace(MONEY, "\"amount\":{\"value\":\"1\"}")));
    assertEquals(List.of(
        "proactiveDisclosure.fees.amount.value: missing field; cell read as blank"),
        problems(ZEROS.replace(MONEY, "\"amount\":{\"unit\":null}")));
    assertEquals(List.of("proactiveDisclosure.fees.amount: expected {\"value\": <number>, "
            + "\"unit\": \"元\" | \"万元\" | null}, null or \"/\", got true; read as blank"),
        problems(ZEROS.replace(MONEY, "\"amount\":true")));
    assertEquals(List.of(
        "proactiveDisclosure.rules: expected an object, got 3; its cells read as blank",
        "proactiveDisclosure.rules.issued: missing cell; read as blank",
        "proactiveDisclosure.rules.repealed: missing cell; read as blank",
        "proactiveDisclosure.rules.inForce: missing cell; read as blank"),
        problems(ZEROS.replace("\"rules\":{\"issued\":0,\"repealed\":0,\"inForce\":0}",
            "\"rules\":3")));
    assertEquals(List.of("applications: expected an object, got null; every cell read as blank"),
        problems(ZEROS.replaceFirst("\"applications\":\\{.*?\"carriedForward\":\\{[^}]*\\}\\}",
            "\"applications\":null")));
  }

  @Test
  void controlCharactersInProblemsAreEscapedToKeepThemOnOneLine() {
    List<String> found = problems(ZEROS.replaceFirst("\"issued\":0", java.util.regex.Matcher
        .quoteReplacement("\"issued\":\"a\\tb\\rc\\u0001d\\u2028e\\nf\"")));
    assertEquals(List.of("proactiveDisclosure.rules.issued: expected a whole number, null or "
        + "\"/\", got \"a\\tb\\rc\\u0001d\\u2028e\\nf\"; read as blank"), found);
  }

  @Test
  void problemsComeInDocumentOrderWhateverOrderTheyAreFoundIn() {
    // the unknown table cell is found when the table is assembled, after the field below it
    String input = ZEROS.replace("\"licensing\":{\"decisions\":0}",
        "\"licensing\":{\"decisions\":0,\"previousYear\":1}") + " ";
    input = input.replace("\"organ\":", "\"x\":1,\"organ\":");
    List<Diagnostic> found = JSON.readLenient(input).getDiagnostics();
    assertEquals(2, found.size());
    assertEquals("x", found.get(0).getLocation().getPath());
    assertEquals("proactiveDisclosure.licensing.previousYear", found.get(1).getLocation().getPath());
    assertTrue(found.get(0).getLocation().getColumn() < found.get(1).getLocation().getColumn());
  }

  @Test
  void everyInputTypeReadsTheSameReportBothWays(@TempDir Path dir) throws IOException {
    byte[] bytes = ZEROS.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("r.json"), bytes);
    for (AnnualReport read : List.of(JSON.read(bytes), JSON.read(new ByteArrayInputStream(bytes)),
        JSON.read(new StringReader(ZEROS)), JSON.read(file),
        JSON.readLenient(bytes).getReport(),
        JSON.readLenient(new ByteArrayInputStream(bytes)).getReport(),
        JSON.readLenient(new StringReader(ZEROS)).getReport(),
        JSON.readLenient(file).getReport())) {
      assertEquals(ZERO_FORM, read);
    }
  }

  @Test
  void theSmallValueTypesPrintByEveryField() {
    List<JsonLine> lines = JSON.readLines(new StringReader(ZEROS + "\n{}\n"), "<in>").toList();
    assertEquals(Optional.of(ZERO_FORM), lines.get(0).getReport());
    assertEquals("line 1: （机关名称） 2021", lines.get(0).toString());
    assertEquals("line 2: <in>:2:2: edition: missing field", lines.get(1).toString());

    for (ReportJsonFeature f : ReportJsonFeature.values()) {
      assertEquals(f != ReportJsonFeature.ESCAPE_NON_ASCII, f.isEnabledByDefault(), f.name());
      assertEquals(f.isEnabledByDefault(), JSON.isEnabled(f), f.name());
    }
  }

  @Test
  void aLineWriterOnAStreamWritesUtf8LinesWhenFlushed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLinesWriter writer = JSON.lineWriter(out);
    writer.write(ZERO_FORM);
    writer.flush();
    assertEquals(ZEROS + "\n", out.toString(StandardCharsets.UTF_8));
  }
}
