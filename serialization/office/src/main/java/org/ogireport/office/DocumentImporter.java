package org.ogireport.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;

/**
 * Reads a published report from the file an organ published, whatever its kind: a Word
 * document (.docx), a PDF with a text layer, a saved HTML page or text. The kind is told from
 * the content ({@link DocumentKind}), not from the file name.
 *
 * <pre>{@code
 * DocumentImporter importer = DocumentImporter.builder().build();
 * ImportResult result = importer.read(Path.of("2023年报.pdf"));
 * AnnualReport report = result.getReport();
 * }</pre>
 *
 * <p>A .docx is read with its tables as real cells (a blank cell stays blank), Word's merged
 * cells, tables split over pages or into several tables, tracked changes as accepted, and text
 * boxes. A PDF's tables are rebuilt from the positions of its characters and the lines drawn
 * around its cells (or, for a table drawn without lines, the columns its numbers and header
 * stand in), so that a blank cell is seen as blank too; page headers and footers are dropped,
 * and a table continued on the next page is joined. Both then go through the
 * {@link ReportImporter}, which matches the labels and finds title, organ, year and sections as
 * it does for text. The line of a diagnostic counts the paragraphs and table rows of the
 * document as read ({@link #toHtml(byte[], String)} shows them). Text is read in UTF-8, or in
 * UTF-16 when it starts with a byte order mark.
 *
 * <p>Not read: text in another encoding (GBK and GB18030, the legacy encoding of many Chinese
 * sites, are recognised and the error says how to convert them; a GBK character amid UTF-8 text
 * is located by line and column), the binary Word 97–2003 {@code .doc} (the error says to save
 * it as .docx), PDFs without a text layer (scans: no OCR), PDFs that need a password to open.
 * Each of these, a damaged or truncated file, a zip bomb, XML nested too deep, and a file over
 * the limits give one {@link ReportFormatException} with a one-line message naming the file; no
 * exception of POI or PDFBox leaves this class.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class DocumentImporter {

  /** The default limit on the size of a file: 32 MiB. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
  /** The default limit on what a .docx unpacks to: 256 MiB. */
  public static final long DEFAULT_MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
  /** The default limit on the pages of a PDF. */
  public static final int DEFAULT_MAX_PAGES = 500;
  /** The default limit on the nesting of XML elements in a .docx. */
  public static final int DEFAULT_MAX_DEPTH = 256;
  /** The default limit on the time one read may take: 60 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final ReportImporter importer;
  private final Limits limits;

  private DocumentImporter(Builder builder) {
    this.importer = builder.importer;
    this.limits = new Limits(builder.maxBytes, builder.maxUnpackedBytes, builder.maxPages,
        builder.maxDepth, builder.maxCharacters, builder.timeout);
  }

  /**
   * A builder with the default limits and a default {@link ReportImporter}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a report from a file of any kind; the file's name is the source in diagnostics and
   * errors.
   *
   * @param file the file, not null
   * @return the report and the diagnostics met reading it
   * @throws IOException when the file cannot be read
   * @throws ReportFormatException when the file holds no readable report, is of a kind not read,
   *     is damaged, or breaks a limit; for a file named {@code .pdf}, {@code .docx} or
   *     {@code .doc} that holds text, the reason begins by saying so
   */
  public ImportResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    long size = Files.size(file);
    checkSize(size, source);
    byte[] content = Files.readAllBytes(file);
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String named = name.endsWith(".pdf") ? "PDF"
        : name.endsWith(".docx") || name.endsWith(".doc") ? "Word document" : null;
    try {
      return read(content, source);
    } catch (ReportFormatException e) {
      if (named == null || DocumentKind.of(content) != DocumentKind.TEXT) {
        throw e;
      }
      // a download that failed often saves the site's error page under the file's name
      throw new ReportFormatException(source, e.getLine(), e.getColumn(), e.getPath(), "text or"
          + " HTML, not a " + named + " (a web page saved in place of the file?): "
          + e.getReason(), e);
    }
  }

  /**
   * Reads a report from the bytes of a file of any kind.
   *
   * @param content the file's bytes, not null
   * @param source the file name or a description of where the bytes came from, not null
   * @return the report and the diagnostics met reading it
   * @throws ReportFormatException when the bytes hold no readable report, are of a kind not read,
   *     are damaged, or break a limit
   */
  public ImportResult read(byte[] content, String source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    checkSize(content.length, source);
    if (DocumentKind.of(content) == DocumentKind.TEXT) {
      return importer.read(TextBytes.decode(content, source), source);
    }
    return importer.readHtml(toHtml(content, source), source);
  }

  /**
   * The HTML a .docx or a PDF is turned into before the {@link ReportImporter} reads it: a
   * {@code <p>} per paragraph and a {@code <table>} with spans per table, one per line. The
   * lines of diagnostics count in it. Text and HTML are returned as they are.
   *
   * @param content the file's bytes, not null
   * @param source the file name or a description of where the bytes came from, not null
   * @return the HTML page
   * @throws ReportFormatException as {@link #read(byte[], String)} does
   */
  public String toHtml(byte[] content, String source) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    checkSize(content.length, source);
    Limits.Deadline deadline = limits.start(source);
    return switch (DocumentKind.of(content)) {
      case DOCX -> DocxText.html(content, source, limits, deadline);
      case PDF -> PdfText.html(content, source, limits, deadline);
      case LEGACY_DOC -> throw new ReportFormatException(source, "a Word 97-2003 .doc file (or"
          + " another OLE2 file) is not read: open it in Word or LibreOffice and save it as"
          + " .docx (Word Document), then import the .docx");
      case TEXT -> TextBytes.decode(content, source);
    };
  }

  private void checkSize(long size, String source) {
    if (size > limits.maxBytes()) {
      throw new ReportFormatException(source,
          "file too large: " + size + " bytes, the limit is " + limits.maxBytes());
    }
  }

  /** Builds a {@link DocumentImporter}. Not thread-safe. */
  public static final class Builder {

    private ReportImporter importer = ReportImporter.builder().build();
    private long maxBytes = DEFAULT_MAX_BYTES;
    private long maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES;
    private int maxPages = DEFAULT_MAX_PAGES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxCharacters = ReportImporter.DEFAULT_MAX_CHARACTERS;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder() {}

    /**
     * The importer that reads the text of the documents; by default one with default limits.
     *
     * @param importer the importer, not null
     * @return this builder
     */
    public Builder importer(ReportImporter importer) {
      this.importer = Objects.requireNonNull(importer, "importer");
      return this;
    }

    /**
     * The largest file read, in bytes; default {@value #DEFAULT_MAX_BYTES}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxBytes(long limit) {
      this.maxBytes = positive("maxBytes", limit);
      return this;
    }

    /**
     * The most a .docx may unpack to, all its zip entries together; default
     * {@value #DEFAULT_MAX_UNPACKED_BYTES}.
     *
     * @param limit the limit in bytes, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxUnpackedBytes(long limit) {
      this.maxUnpackedBytes = positive("maxUnpackedBytes", limit);
      return this;
    }

    /**
     * The most pages of a PDF read; a longer PDF is refused. Default {@value #DEFAULT_MAX_PAGES}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxPages(int limit) {
      this.maxPages = (int) positive("maxPages", limit);
      return this;
    }

    /**
     * The deepest nesting of XML elements in a .docx; default {@value #DEFAULT_MAX_DEPTH}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxDepth(int limit) {
      this.maxDepth = (int) positive("maxDepth", limit);
      return this;
    }

    /**
     * The most text a document may hold, in characters; default
     * {@link ReportImporter#DEFAULT_MAX_CHARACTERS}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxCharacters(int limit) {
      this.maxCharacters = (int) positive("maxCharacters", limit);
      return this;
    }

    /**
     * The longest one read of a .docx or a PDF may take; default 60 seconds.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder timeout(Duration limit) {
      Objects.requireNonNull(limit, "timeout");
      if (limit.isZero() || limit.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive, got " + limit);
      }
      this.timeout = limit;
      return this;
    }

    /**
     * The importer.
     *
     * @return a new importer with this builder's settings
     */
    public DocumentImporter build() {
      return new DocumentImporter(this);
    }

    private static long positive(String name, long limit) {
      if (limit <= 0) {
        throw new IllegalArgumentException(name + " must be positive, got " + limit);
      }
      return limit;
    }
  }
}
