package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.testing.Fixtures;

/**
 * Files that hold no readable report, or that attack the reader, give one
 * {@link ReportFormatException} whose message is one line naming the file and saying what is
 * wrong: never an exhausted heap, never an exception of POI or PDFBox.
 */
class HostileFilesTest {

  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();
  private static final AnnualReport FULING = Fixtures.seed("001_78cf330bb6c558ff");

  /** The message of the one error reading the bytes gives, checked to be one line naming them. */
  private static String error(DocumentImporter importer, byte[] content, String name) {
    ReportFormatException e =
        assertThrows(ReportFormatException.class, () -> importer.read(content, name));
    String message = e.getMessage();
    assertFalse(message.contains("\n"), message);
    assertTrue(message.startsWith(name + ":"), message);
    return message;
  }

  private static String error(byte[] content, String name) {
    return error(IMPORTER, content, name);
  }

  private static byte[] producedPdf() {
    return HostileFiles.producedPdf();
  }

  @Test
  void aTruncatedDocxSaysItIsTruncated() {
    String message = error(HostileFiles.truncatedDocx(), "report.docx");
    assertTrue(message.contains("truncated or damaged .docx"), message);
  }

  @Test
  void aTruncatedPdfSaysItIsTruncated() throws IOException {
    String message = error(HostileFiles.truncatedPdf(), "report.pdf");
    assertEquals("report.pdf: truncated PDF: the file does not end with %%EOF", message);
  }

  @Test
  void aPdfThatNeedsAPasswordSaysItIsEncrypted() throws IOException {
    byte[] pdf = HostileFiles.protectedPdf("secret");
    String message = error(pdf, "report.pdf");
    assertEquals("report.pdf: encrypted PDF: it needs a password to open; save an unprotected"
        + " copy", message);
  }

  @Test
  void aPdfProtectedOnlyAgainstCopyingIsRead() throws IOException {
    // an owner password with restricted permissions, as organs often publish: opens without one
    byte[] pdf = HostileFiles.protectedPdf("");
    AnnualReport back = IMPORTER.read(pdf, "report.pdf").getReport();
    assertEquals(List.of(), CellForCell.differences(FULING, back));
  }

  @Test
  void aScannedPdfSaysItHasNoTextLayer() throws IOException {
    byte[] pdf = HostileFiles.scannedPdf();
    assertEquals("scan.pdf: no text layer: the PDF's pages are images (a scan?); text in images"
        + " is not read (no OCR)", error(pdf, "scan.pdf"));
  }

  @Test
  void aZipBombOverTheLimitIsRefusedBeforeItIsUnpacked() {
    byte[] bomb = HostileFiles.zipBomb();
    assertTrue(bomb.length < 256 * 1024, "a bomb: " + bomb.length + " bytes packed");
    DocumentImporter small = DocumentImporter.builder().maxUnpackedBytes(16 * 1024 * 1024).build();
    assertEquals("bomb.docx: the .docx unpacks to over 16777216 bytes (a zip bomb?), the limit",
        error(small, bomb, "bomb.docx"));
  }

  @Test
  void aZipBombUnderTheLimitIsStoppedByPoisRatioCheck() {
    byte[] bomb = HostileFiles.zipBomb();
    String message = error(bomb, "bomb.docx");
    assertTrue(message.startsWith("bomb.docx: not a readable .docx: Zip bomb detected!"), message);
  }

  @Test
  void anOldDocRenamedDocxIsRefusedWithTheWayOut() {
    byte[] doc = HostileFiles.legacyDoc();
    assertEquals(DocumentKind.LEGACY_DOC, DocumentKind.of(doc));
    assertEquals("report.docx: a Word 97-2003 .doc file (or another OLE2 file) is not read:"
        + " open it in Word or LibreOffice and save it as .docx (Word Document), then import"
        + " the .docx", error(doc, "report.docx"));
  }

  @Test
  void xmlNestedDeeperThanTheLimitIsRefused() {
    // random ids, so that the part does not compress like a zip bomb
    java.util.Random random = new java.util.Random(7);
    StringBuilder deep = new StringBuilder("<w:document " + Packages.W + "><w:body>");
    for (int i = 0; i < 10_000; i++) {
      deep.append("<w:p w:rsidR=\"").append(Integer.toHexString(random.nextInt())).append("\">");
    }
    deep.append("</w:p>".repeat(10_000)).append("</w:body></w:document>");
    String message = error(
        Packages.minimal(Packages.WORD_MAIN, deep.toString().getBytes(StandardCharsets.UTF_8)),
        "deep.docx");
    assertTrue(message.matches("deep\\.docx:1:\\d+: document\\.xml nests elements deeper than 256"
        + " levels"), message);
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedUnread() {
    String lol = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document " + Packages.W
        + "><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    String message = error(
        Packages.minimal(Packages.WORD_MAIN, lol.getBytes(StandardCharsets.UTF_8)), "lol.docx");
    assertTrue(message.matches("lol\\.docx:1:\\d+: document\\.xml declares a DTD, which no Word"
        + " document does: not read"), message);
  }

  @Test
  void aDocxOfMoreParagraphsThanAReportHasIsRefusedWhileRead() {
    java.util.Random random = new java.util.Random(11);
    StringBuilder xml = new StringBuilder("<w:document " + Packages.W + "><w:body>");
    for (int i = 0; i <= DocxText.MAX_PARTS; i++) {
      xml.append("<w:p w:rsidR=\"").append(Integer.toHexString(random.nextInt())).append("\"/>");
    }
    xml.append("</w:body></w:document>");
    String message = error(
        Packages.minimal(Packages.WORD_MAIN, xml.toString().getBytes(StandardCharsets.UTF_8)),
        "many.docx");
    assertTrue(message.endsWith(": document too large: over 200000 paragraphs and table cells"),
        message);
  }

  @Test
  void aPdfWithMoreTextThanTheLimitIsRefusedWhileRead() throws IOException {
    DocumentImporter small = DocumentImporter.builder().maxCharacters(500).build();
    assertEquals("report.pdf: too much text: over 500 characters",
        error(small, producedPdf(), "report.pdf"));
  }

  @Test
  void malformedXmlSaysWhereAndWhy() {
    String broken = "<w:document " + Packages.W + "><w:body><w:p><w:r><w:t>重庆</w:r>";
    String message = error(
        Packages.minimal(Packages.WORD_MAIN, broken.getBytes(StandardCharsets.UTF_8)), "bad.docx");
    assertTrue(message.matches("bad\\.docx:1:\\d+: damaged document\\.xml: .*w:t.*"), message);
  }

  @Test
  void aSpreadsheetIsNoWordDocument() {
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    String message = error(Packages.minimal(xlsx, "<worksheet/>".getBytes(StandardCharsets.UTF_8)),
        "table.xlsx");
    assertTrue(message.startsWith("table.xlsx: not a Word document: the package's main part is "
        + "application/vnd.openxmlformats-officedocument.spreadsheetml"), message);
  }

  @Test
  void aZipWithoutAWordDocumentSaysSo() {
    byte[] zip = Packages.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    String message = error(zip, "archive.docx");
    assertTrue(message.startsWith("archive.docx: not a readable .docx: "), message);
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() {
    byte[] docx = DocxWriter.standard().write(FULING);
    DocumentImporter small = DocumentImporter.builder().maxBytes(1000).build();
    assertEquals("report.docx: file too large: " + docx.length + " bytes, the limit is 1000",
        error(small, docx, "report.docx"));
  }

  @Test
  void aPdfOverThePageLimitIsNotRead() throws IOException {
    DocumentImporter onePage = DocumentImporter.builder().maxPages(1).build();
    String message = error(onePage, producedPdf(), "report.pdf");
    assertTrue(message.matches("report\\.pdf: too many pages: \\d+, the limit is 1"), message);
  }

  @Test
  void aReadThatTakesLongerThanTheTimeoutStops() {
    DocumentImporter hasty = DocumentImporter.builder().timeout(Duration.ofNanos(1)).build();
    assertEquals("report.docx: reading took longer than the limit of 0 ms",
        error(hasty, DocxWriter.standard().write(FULING), "report.docx"));
  }

  @Test
  void bytesThatAreNoTextSayWhatWasExpected() {
    byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0x80, (byte) 0xC3};
    assertEquals("blob.bin: neither a .docx, a PDF nor UTF-8 text", error(binary, "blob.bin"));
  }
}
