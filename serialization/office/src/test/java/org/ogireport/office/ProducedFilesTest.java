package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellState;
import org.ogireport.importer.ImportResult;

/**
 * Reports converted by producers that share no code with ogi-report (LibreOffice, Chromium; see
 * {@code produced/make.sh}) read back cell for cell: PDFs of our .docx, PDFs of our HTML page
 * with and without the browser's page header and footer, PDFs of our HTML without a stylesheet
 * (tables drawn without lines), and .docx files of our HTML page.
 */
class ProducedFilesTest {

  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();
  private static final Map<String, AnnualReport> CASES = Cases.all();

  static Stream<String> files() throws IOException, URISyntaxException {
    try (Stream<Path> list = Files.list(folder())) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pdf") || n.endsWith(".docx")).sorted().toList().stream();
    }
  }

  private static Path folder() throws URISyntaxException {
    URL url = ProducedFilesTest.class.getResource("produced/make.sh");
    return Path.of(url.toURI()).getParent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aFileOfAnotherProducerReadsBackCellForCell(String file) throws Exception {
    String name = file.substring(0, file.indexOf('.'));
    AnnualReport expected = CASES.get(name);
    ImportResult back;
    try (InputStream in = getClass().getResourceAsStream("produced/" + file)) {
      back = IMPORTER.read(in.readAllBytes(), file);
    }
    assertEquals(List.of(), CellForCell.differences(expected, back.getReport()),
        () -> "diagnostics: " + back.getDiagnostics());
    if (file.endsWith(".lo.pdf")) {
      // our .docx prints the date of publication after 六, and LibreOffice keeps it
      assertEquals(expected.getPublishedOn(), back.getReport().getPublishedOn(), "date");
    }
  }

  @Test
  void pageNumbersHeadersAndFootersAreNotReadAsText() throws Exception {
    String lo = IMPORTER.toHtml(bytes("seed-001_78cf330bb6c558ff.lo.pdf"), "lo.pdf");
    assertTrue(lo.contains("<p>一、总体情况</p>"), lo);
    assertFalse(lo.contains("—"), "the footer's page numbers — 1 — are dropped: " + lo);
    String chromium =
        IMPORTER.toHtml(bytes("seed-003_593a2a3db21939e1.chromium-header.pdf"), "c.pdf");
    assertTrue(chromium.contains("<p>一、总体情况</p>"), chromium);
    for (String chrome : List.of("file:", ".html", "1/", "PM", "AM")) {
      assertFalse(chromium.contains(chrome), chrome + " of the browser's header or footer: "
          + chromium);
    }
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = ProducedFilesTest.class.getResourceAsStream("produced/" + file)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyProducerAndBothEditionsAreAmongTheFiles() throws Exception {
    List<String> files = files().toList();
    for (String kind : List.of(".lo.pdf", ".lo.docx", ".chromium.pdf", ".chromium-header.pdf",
        ".chromium-bare.pdf")) {
      assertTrue(files.stream().anyMatch(f -> f.endsWith(kind)), kind);
    }
    assertTrue(files.stream().anyMatch(f -> f.startsWith("generated-2019")));
    assertTrue(files.stream().anyMatch(f -> f.startsWith("generated-2021")));
    // the PDFs of both producers print blank cells and markers that must not read as 0
    for (String file : List.of("blanks-2021-1.lo.pdf", "blanks-2021-1.chromium.pdf",
        "blanks-2021-1.chromium-bare.pdf", "blanks-2019-0.chromium-bare.pdf",
        "blanks-2019-0.lo.pdf", "blanks-2019-0.lo.docx")) {
      assertTrue(files.contains(file), file);
      AnnualReport report = CASES.get(file.substring(0, file.indexOf('.')));
      List<CellState> states = report.getTables().stream()
          .flatMap(t -> t.getCells().stream()).map(Cell::getState).toList();
      assertTrue(states.contains(CellState.BLANK) && states.contains(CellState.MARKER), file);
    }
  }
}
