package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.importer.ReportImporter;
import org.ogireport.render.HtmlRenderer;
import org.ogireport.testing.Fixtures;

/** The kind of a file is told from its content, and each kind goes to its reader. */
class DocumentKindTest {

  private static final AnnualReport HONGZE = Fixtures.realWorld("hongze-2023");
  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();

  @Test
  void kindsAreToldFromTheFirstBytes() throws IOException {
    assertEquals(DocumentKind.DOCX, DocumentKind.of(DocxWriter.standard().write(HONGZE)));
    assertEquals(DocumentKind.PDF, DocumentKind.of(produced("hongze-2023.lo.pdf")));
    assertEquals(DocumentKind.PDF,
        DocumentKind.of("\r\n%PDF-1.4 after a line of junk".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(DocumentKind.LEGACY_DOC, DocumentKind.of(new byte[] {(byte) 0xD0, (byte) 0xCF,
        0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
    assertEquals(DocumentKind.TEXT, DocumentKind.of("<html><body>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(DocumentKind.TEXT, DocumentKind.of(new byte[0]));
    assertEquals(DocumentKind.TEXT, DocumentKind.of(new byte[] {'P', 'K'}));
  }

  @Test
  void aDocxNamedPdfIsReadAsADocx(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.pdf");
    Files.write(file, DocxWriter.standard().write(HONGZE));
    assertEquals(List.of(),
        CellForCell.differences(HONGZE, IMPORTER.read(file).getReport()));
  }

  @Test
  void htmlAndTextGoToTheTextImporterUnchanged() throws IOException {
    String html = HtmlRenderer.page().render(HONGZE);
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    assertEquals(html, IMPORTER.toHtml(bytes, "report.html"));
    AnnualReport viaText = ReportImporter.builder().build().readHtml(html, "report.html")
        .getReport();
    assertEquals(List.of(),
        CellForCell.differences(viaText, IMPORTER.read(bytes, "report.html").getReport()));
    String published;
    try (InputStream in = Fixtures.class.getResourceAsStream("published/realworld/hongze-2023.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(List.of(), CellForCell.differences(
        ReportImporter.builder().build().read(published, "hongze-2023.txt").getReport(),
        IMPORTER.read(published.getBytes(StandardCharsets.UTF_8), "hongze-2023.txt")
            .getReport()));
  }

  private static byte[] produced(String name) throws IOException {
    try (InputStream in = DocumentKindTest.class.getResourceAsStream("produced/" + name)) {
      return in.readAllBytes();
    }
  }
}
