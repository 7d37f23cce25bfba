package org.ogireport.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;

/**
 * Reads published annual reports, as text or as a saved HTML page, into the model, saying in
 * {@link org.ogireport.core.diagnostic.Diagnostic}s what it met on the way.
 *
 * <pre>{@code
 * ReportImporter importer = ReportImporter.builder().build();
 * ImportResult result = importer.read(Path.of("report.html"));
 * AnnualReport report = result.getReport();
 * result.getDiagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>What it reads: the title (organ and report year), the date of publication from the page
 * chrome or the date line after section 六, the three tables, and the sections 一, 五 and 六.
 * The edition is told from the shape of the tables. Layouts: one cell per line or per
 * paragraph, tab- or space-separated rows, Markdown tables (also scrambled PDF→Markdown, with
 * labels detached from their rows), PDF text with page footers and labels wrapped or split one
 * character per line, whole pages run together on one line by a crawler, HTML tables with
 * rowspan and colspan inside a site page; full- and half-width glyphs, traditional characters
 * and injected pinyin. Cells printed run together are split only where the form's rules leave
 * exactly one split for the whole table.
 *
 * <p>Every cell is the number printed or blank, never 0, with a diagnostic saying why: a number
 * the importer is not sure of is never presented as read. Input that holds no readable report
 * (no table 三, no report year, over the size limits, HTML nested deeper than
 * {@value HtmlText#MAX_DEPTH} elements) gives one
 * {@link ReportFormatException} naming why; no other exception leaves the read methods except
 * {@link IOException} from reading a file.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ReportImporter {

  /** The default limit on the size of an input, in characters (4 MiB). */
  public static final int DEFAULT_MAX_CHARACTERS = 4 * 1024 * 1024;
  /** The default limit on the number of lines of an input. */
  public static final int DEFAULT_MAX_LINES = 100_000;

  private static final String STRING_SOURCE = "<string>";
  private static final Pattern HTML = Pattern.compile(
      "(?is)\\A\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<table|<div|<p[\\s>]|<!--).*");

  private final int maxCharacters;
  private final int maxLines;
  private final Optional<AnnualReport> previous;

  private ReportImporter(Builder builder) {
    this(builder.maxCharacters, builder.maxLines, Optional.empty());
  }

  private ReportImporter(int maxCharacters, int maxLines, Optional<AnnualReport> previous) {
    this.maxCharacters = maxCharacters;
    this.maxLines = maxLines;
    this.previous = previous;
  }

  /**
   * A builder with the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An importer like this one that reads this year's report of an organ knowing its report of
   * the year before: where cells printed run together can be split several ways, the series
   * rules of the catalogue (SERIES-CARRY for 二、上年结转, SERIES-IN-FORCE for 2021's 现行有效件数,
   * SERIES-PROJECTS for 2019's 上一年项目数量) help choose, as the warning rules do: they decide
   * only among the splits the error rules leave, and a diagnostic names them. Cells printed
   * apart are never changed. A report that is not of the year before the report read is set
   * aside ({@link DiagnosticCode#PREVIOUS_NOT_LAST_YEAR}); the organ is not compared, since
   * organs print their names in several forms.
   *
   * <pre>{@code
   * AnnualReport last = ReportJson.standard().read(Files.readString(Path.of("2023.json")));
   * ImportResult result = importer.withPrevious(last).read(Path.of("2024.txt"));
   * }</pre>
   *
   * @param lastYear the organ's report of the year before, not null
   * @return a new importer with the same limits
   */
  public ReportImporter withPrevious(AnnualReport lastYear) {
    return new ReportImporter(maxCharacters, maxLines,
        Optional.of(Objects.requireNonNull(lastYear, "lastYear")));
  }

  /**
   * Reads a report from its text; an input that looks like HTML is read as HTML.
   *
   * @param text the report's text, not null
   * @return the report read and the diagnostics
   * @throws ReportFormatException when no report can be read from the text
   */
  public ImportResult read(String text) {
    return read(text, STRING_SOURCE, looksLikeHtml(text));
  }

  /**
   * Reads a report from a saved HTML page.
   *
   * @param html the page, not null
   * @return the report read and the diagnostics
   * @throws ReportFormatException when no report can be read from the page
   */
  public ImportResult readHtml(String html) {
    return read(html, STRING_SOURCE, true);
  }

  /**
   * Reads a report from its text, naming the source in diagnostics and errors; an input that
   * looks like HTML is read as HTML.
   *
   * @param text the report's text, not null
   * @param source the file name or a description of where the text came from, not null
   * @return the report read and the diagnostics
   * @throws ReportFormatException when no report can be read from the text
   */
  public ImportResult read(String text, String source) {
    return read(text, Objects.requireNonNull(source, "source"), looksLikeHtml(text));
  }

  /**
   * Reads a report from an HTML page, naming the source in diagnostics and errors: a saved page,
   * or a document another reader turned into HTML tables (a .docx, a PDF's text layer).
   *
   * @param html the page, not null
   * @param source the file name or a description of where the page came from, not null
   * @return the report read and the diagnostics
   * @throws ReportFormatException when no report can be read from the page
   */
  public ImportResult readHtml(String html, String source) {
    return read(html, Objects.requireNonNull(source, "source"), true);
  }

  /**
   * Reads a report from a UTF-8 file: {@code .html} and {@code .htm} as HTML, anything else as
   * text unless its content is HTML.
   *
   * @param file the file, not null
   * @return the report read and the diagnostics
   * @throws IOException when the file cannot be read
   * @throws ReportFormatException when the file is not UTF-8 or holds no readable report
   */
  public ImportResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    long size = Files.size(file);
    if (size > 4L * maxCharacters) {
      throw new ReportFormatException(source,
          "input too large: " + size + " bytes, the limit is " + maxCharacters + " characters");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReportFormatException(source, 0, 0, null, "not UTF-8 text", e);
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    boolean html = name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(text);
    return read(text, source, html);
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.length() > 2048 ? text.substring(0, 2048) : text;
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    return HTML.matcher(head).matches();
  }

  private ImportResult read(String text, String source, boolean html) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxCharacters) {
      throw new ReportFormatException(source, "input too large: " + text.length()
          + " characters, the limit is " + maxCharacters);
    }
    try {
      Diagnostics diagnostics = new Diagnostics();
      List<SourceLine> lines = html ? HtmlText.lines(text, source) : textLines(text, source);
      if (lines.size() > maxLines) {
        throw new ReportFormatException(source, "input too long: " + lines.size()
            + " lines, the limit is " + maxLines);
      }
      lines = cleaned(lines, diagnostics);
      if (lines.stream().allMatch(line -> line.text().isBlank())) {
        throw new ReportFormatException(source, html ? "no text on the page: no report to read"
            : "empty: no text to read a report from");
      }
      AnnualReport report = new PublishedReader(source, lines, previous, diagnostics).read();
      return new ImportResult(report, diagnostics.sorted());
    } catch (ReportFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new ReportFormatException(source, 0, 0, null, "cannot read the report: " + e, e);
    }
  }

  private List<SourceLine> textLines(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] split = body.split("\r\n|\r|\n", -1);
    if (split.length > maxLines) {
      throw new ReportFormatException(source, "input too long: " + split.length
          + " lines, the limit is " + maxLines);
    }
    List<SourceLine> lines = new ArrayList<>(split.length);
    for (int i = 0; i < split.length; i++) {
      String line = split[i].indexOf('#') >= 0
          ? MARKDOWN_HEADING.matcher(split[i]).replaceFirst("") : split[i];
      lines.add(SourceLine.of(i + 1, line));
    }
    return lines;
  }

  /** A Markdown heading marker ({@code ## 三、收到和处理…}): the heading is the text after it. */
  private static final Pattern MARKDOWN_HEADING =
      Pattern.compile("^ {0,3}#{1,6}[ \t]+");

  /**
   * Removes injected pinyin, puts the characters back for a PDF font's radical glyphs, and says
   * when traditional characters were met.
   */
  private static List<SourceLine> cleaned(List<SourceLine> lines, Diagnostics diagnostics) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    int pinyinLine = 0;
    int traditionalLine = 0;
    int radicalLine = 0;
    for (SourceLine line : lines) {
      SourceLine l = line;
      String text = TextNormalizer.replaceRadicals(l.text());
      if (text != l.text()) {   // the same instance when the line holds no radical glyph
        radicalLine = radicalLine == 0 ? l.number() : radicalLine;
        l = new SourceLine(l.number(), text, TextNormalizer.replaceRadicals(l.folded()),
            TextNormalizer.replaceRadicals(l.key()), l.start(), l.unfolded());
      }
      if (TextNormalizer.hasPinyin(l.text())) {
        pinyinLine = pinyinLine == 0 ? l.number() : pinyinLine;
        l = SourceLine.of(l.number(), TextNormalizer.stripPinyin(l.text()));
      }
      if (traditionalLine == 0 && TextNormalizer.hasTraditional(l.text())) {
        traditionalLine = l.number();
      }
      out.add(l);
    }
    if (pinyinLine > 0) {
      diagnostics.add(DiagnosticCode.PINYIN_REMOVED, pinyinLine);
    }
    if (traditionalLine > 0) {
      diagnostics.add(DiagnosticCode.TRADITIONAL_CHARACTERS, traditionalLine);
    }
    if (radicalLine > 0) {
      diagnostics.add(DiagnosticCode.RADICAL_GLYPHS, radicalLine);
    }
    return out;
  }

  /** Builds a {@link ReportImporter}. Not thread-safe. */
  public static final class Builder {

    private int maxCharacters = DEFAULT_MAX_CHARACTERS;
    private int maxLines = DEFAULT_MAX_LINES;

    private Builder() {}

    /**
     * The largest input read, in characters; default {@value #DEFAULT_MAX_CHARACTERS}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxCharacters(int limit) {
      if (limit <= 0) {
        throw new IllegalArgumentException("maxCharacters must be positive, got " + limit);
      }
      this.maxCharacters = limit;
      return this;
    }

    /**
     * The largest number of lines read; default {@value #DEFAULT_MAX_LINES}.
     *
     * @param limit the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxLines(int limit) {
      if (limit <= 0) {
        throw new IllegalArgumentException("maxLines must be positive, got " + limit);
      }
      this.maxLines = limit;
      return this;
    }

    /**
     * The importer, thread-safe.
     *
     * @return a new importer with this builder's limits
     */
    public ReportImporter build() {
      return new ReportImporter(this);
    }
  }
}
