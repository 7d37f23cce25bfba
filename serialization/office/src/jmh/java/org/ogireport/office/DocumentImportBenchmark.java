package org.ogireport.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ogireport.core.AnnualReport;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;
import org.ogireport.render.RenderFormat;
import org.ogireport.testing.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Import throughput in pages per second, for one real report (seed 001, 重庆市涪陵区人民政府机关
 * 2020, with its long section texts): as a .docx written by {@link DocxWriter} (six pages when
 * LibreOffice lays it out), as LibreOffice's PDF of that .docx (six pages) and as Chromium's PDF
 * of the HTML page (three pages). Beside them the floors: the text importer reading the same
 * report as plain text, counted in the same six pages (every document read ends in it), and
 * PDFBox's own text extraction of each PDF ({@code PDFTextStripper.getText}, what reading a PDF
 * costs before any table is rebuilt). Writing the .docx is measured too.
 *
 * <pre>
 * ./mvnw -B -pl serialization/office -am -Pbenchmarks -DskipTests verify -Djmh.args="-f 1 -wi 3 -i 5 DocumentImportBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DocumentImportBenchmark {

  private static final int LO_PAGES = 6;
  private static final int CHROMIUM_PAGES = 3;
  private static final String CASE = "seed-001_78cf330bb6c558ff";

  private final DocumentImporter importer = DocumentImporter.builder().build();
  private final ReportImporter textImporter = ReportImporter.builder().build();
  private AnnualReport report;
  private byte[] docx;
  private byte[] loPdf;
  private byte[] chromiumPdf;
  private String text;

  @Setup
  public void setUp() throws IOException {
    report = Fixtures.seed("001_78cf330bb6c558ff");
    docx = DocxWriter.standard().write(report);
    loPdf = resource(CASE + ".lo.pdf", LO_PAGES);
    chromiumPdf = resource(CASE + ".chromium.pdf", CHROMIUM_PAGES);
    text = RenderFormat.TEXT.renderer().render(report);
  }

  private static byte[] resource(String name, int pages) throws IOException {
    byte[] bytes;
    try (InputStream in = DocumentImportBenchmark.class.getResourceAsStream("produced/" + name)) {
      bytes = in.readAllBytes();
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() != pages) {
        throw new IllegalStateException(name + " has " + doc.getNumberOfPages() + " pages");
      }
    }
    return bytes;
  }

  /** A .docx of six pages, read. */
  @Benchmark
  @OperationsPerInvocation(LO_PAGES)
  public ImportResult docx() {
    return importer.read(docx, "report.docx");
  }

  /** LibreOffice's PDF, six pages, read. */
  @Benchmark
  @OperationsPerInvocation(LO_PAGES)
  public ImportResult pdfByLibreOffice() {
    return importer.read(loPdf, "report.pdf");
  }

  /** Chromium's PDF, three pages, read. */
  @Benchmark
  @OperationsPerInvocation(CHROMIUM_PAGES)
  public ImportResult pdfByChromium() {
    return importer.read(chromiumPdf, "report.pdf");
  }

  /** The floor: the same report as plain text through the text importer, six pages' worth. */
  @Benchmark
  @OperationsPerInvocation(LO_PAGES)
  public ImportResult textFloor() {
    return textImporter.read(text, "report.txt");
  }

  /** The floor of the PDF reads: PDFBox extracting LibreOffice's PDF as plain text. */
  @Benchmark
  @OperationsPerInvocation(LO_PAGES)
  public String pdfBoxTextLibreOffice() throws IOException {
    return pdfBoxText(loPdf);
  }

  /** The floor of the PDF reads: PDFBox extracting Chromium's PDF as plain text. */
  @Benchmark
  @OperationsPerInvocation(CHROMIUM_PAGES)
  public String pdfBoxTextChromium() throws IOException {
    return pdfBoxText(chromiumPdf);
  }

  private static String pdfBoxText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Writing the six-page .docx. */
  @Benchmark
  @OperationsPerInvocation(LO_PAGES)
  public byte[] docxWrite() {
    return DocxWriter.standard().write(report);
  }
}
