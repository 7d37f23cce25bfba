package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportJson;
import org.ogireport.office.HostileFiles;
import org.ogireport.testing.Fixtures;

/** Word and PDF files through the command line: render --format docx, and .docx/.pdf inputs. */
class DocumentInputsTest {

  private static final String SEED = "001_78cf330bb6c558ff";
  private static final String SEED_JSON =
      "../testing/src/main/resources/org/ogireport/testing/fixtures/seeds/" + SEED + ".json";

  @Test
  void aDocxRenderedByTheCliImportsBackToTheSameReport(@TempDir Path dir) {
    Path docx = dir.resolve("fuling.docx");
    CliRun render = CliRun.of("render", "--format", "docx", "-o", docx.toString(), SEED_JSON);
    assertEquals(0, render.exit(), render.err());
    assertEquals("", render.out());
    CliRun imported = CliRun.of("import", "--lang", "en", docx.toString());
    assertEquals(0, imported.exit(), imported.err());
    AnnualReport back = ReportJson.standard().read(imported.out().strip());
    AnnualReport seed = Fixtures.seed(SEED);
    assertEquals(seed.getTables(), back.getTables());
    assertEquals(seed.getOrgan(), back.getOrgan());
    CliRun check = CliRun.of("check", docx.toString());
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void docxNeedsAnOutputFileAndAnUnknownFormatNamesDocx() {
    CliRun noFile = CliRun.of("render", "--format", "docx", SEED_JSON);
    assertEquals(2, noFile.exit());
    assertTrue(noFile.err().startsWith(
        "ogi-report render: --format docx writes a binary file: give -o FILE"), noFile.err());
    CliRun unknown = CliRun.of("render", "--format", "pdf", SEED_JSON);
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("expected html, markdown, text or docx"), unknown.err());
  }

  @Test
  void aPdfIsReadByContentWhateverItsName(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("report.bin");
    Files.write(pdf, HostileFiles.producedPdf());
    CliRun check = CliRun.of("check", "--json", pdf.toString());
    assertEquals(0, check.exit(), check.err());
    assertTrue(check.out().contains("\"organ\":\"重庆市涪陵区人民政府机关\"")
        || check.out().contains("\"organ\": \"重庆市涪陵区人民政府机关\""), check.out());
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("truncated.docx", HostileFiles::truncatedDocx, "truncated or damaged .docx"),
        bad("truncated.pdf", HostileFiles::truncatedPdf, "truncated PDF"),
        bad("encrypted.pdf", () -> HostileFiles.protectedPdf("secret"), "encrypted PDF"),
        bad("scan.pdf", HostileFiles::scannedPdf, "no text layer"),
        bad("bomb.docx", HostileFiles::zipBomb, "Zip bomb"),
        bad("old.docx", HostileFiles::legacyDoc, "save it as .docx"));
  }

  private static Arguments bad(String name, Supplier<byte[]> content, String says) {
    return Arguments.of(name, content, says);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsOneLineAndExitTwo(String name, Supplier<byte[]> content, String says,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.get());
    for (String command : new String[] {"check", "import"}) {
      CliRun run = CliRun.of(command, file.toString());
      assertEquals(2, run.exit(), run.err());
      assertEquals("", run.out());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("ogi-report " + command + ": " + file + ": "), run.err());
      assertTrue(run.err().contains(says), run.err());
    }
  }
}
