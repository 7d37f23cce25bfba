package org.ogireport.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.MessageBundle;
import org.ogireport.json.format.JsonNames;
import org.ogireport.json.format.ReportReader;

/**
 * Reads and writes reports in the report JSON format (its JSON Schema ships in ogi-report-render): the entry point over a configured
 * {@link ObjectMapper} with the {@link OgiReportModule}.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * AnnualReport report = json.read(Path.of("report.json"));   // strict
 * String canonical = json.write(report);                      // 2-space indent, "key": value, \n, no final newline
 * ReadResult lenient = json.readLenient(text);                // the report plus every problem met
 * }</pre>
 *
 * <p>Every read throws {@link ReportFormatException} for input it cannot read (malformed JSON, a
 * broken encoding, a limit exceeded, a missing cell, an unknown field, a duplicate key, a wrong
 * type, a number beyond {@code long}, a cell of the other edition, a bad edition code, trailing
 * content), naming the source, line, column and JSON path; no Jackson exception escapes. Input
 * limits are {@link #DEFAULT_READ_CONSTRAINTS} unless set with
 * {@link Builder#streamReadConstraints}. Columns count characters for text input ({@code String},
 * {@code Reader}) and bytes for byte input ({@code byte[]}, {@code InputStream}, {@code Path}),
 * whose encoding (UTF-8, UTF-16 or UTF-32) is detected.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ReportJson {

  /**
   * The input limits by default, far above any real report (about 15 kB, nesting depth 6, numbers
   * of at most 20 characters) and far below what would hurt a server:
   * <ul>
   *   <li>document length 2 MiB (2 097 152 bytes or chars; for JSON Lines, per line);
   *   <li>nesting depth 16;
   *   <li>number length 64 characters (a count beyond {@code long} is reported as out of range
   *       below that);
   *   <li>string length 524 288 characters (a section text);
   *   <li>field name length 256 characters;
   *   <li>20 000 tokens.
   * </ul>
   * Each limit is deliberate: an input at the limit reads, one beyond it is refused with a
   * {@link ReportFormatException} at the offending token ({@code input exceeds a limit: ...}).
   * Replace them with {@link Builder#streamReadConstraints}, e.g. from
   * {@code DEFAULT_READ_CONSTRAINTS.rebuild()}. Two limits are part of the format and fixed: a
   * money value has at most 20 digits before the decimal point and 10 after it (so that
   * {@code 1e999999999}, eleven characters, never becomes a billion digits), and a count is a
   * {@code long}.
   */
  public static final StreamReadConstraints DEFAULT_READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(2L << 20)
          .maxNestingDepth(16)
          .maxNumberLength(64)
          .maxStringLength(512 << 10)
          .maxNameLength(256)
          .maxTokenCount(20_000)
          .build();

  private static final ReportJson STANDARD = builder().build();

  private final Set<ReportJsonFeature> features;
  private final StreamReadConstraints constraints;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter canonical;
  private final ObjectWriter compact;

  private ReportJson(Builder builder) {
    this.features = EnumSet.copyOf(builder.features);
    this.constraints = builder.constraints;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .configure(JsonWriteFeature.ESCAPE_NON_ASCII, isEnabled(ReportJsonFeature.ESCAPE_NON_ASCII))
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new OgiReportModule())
        .defaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(ReadSettings.class,
            new ReadSettings(null, isEnabled(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS))))
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            isEnabled(ReportJsonFeature.FAIL_ON_TRAILING_TOKENS))
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
    // trailing content is checked by parse(..) itself, with our message
    this.reader = mapper.readerFor(AnnualReport.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    this.canonical = mapper.writerFor(AnnualReport.class).with(printer);
    this.compact = mapper.writerFor(AnnualReport.class);
  }

  /** {@return the shared instance with every feature at its default and {@link #DEFAULT_READ_CONSTRAINTS}} */
  public static ReportJson standard() {
    return STANDARD;
  }

  /** {@return a new builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks whether a feature is on.
   *
   * @param feature the feature, not null
   * @return whether it is on in this instance
   */
  public boolean isEnabled(ReportJsonFeature feature) {
    return features.contains(feature);
  }

  /** {@return the input limits in force, {@link #DEFAULT_READ_CONSTRAINTS} unless replaced} */
  public StreamReadConstraints getStreamReadConstraints() {
    return constraints;
  }

  /**
   * {@return a new copy of the configured mapper, for callers that bind reports inside their own
   * types} Changing the copy does not change this instance.
   */
  public ObjectMapper toObjectMapper() {
    return mapper.copy();
  }

  // ---- reading one report

  /**
   * Reads a report strictly from JSON text.
   *
   * @param json the JSON text of one report object, not null
   * @return the report
   * @throws ReportFormatException naming {@code <string>}, the line, column and JSON path
   */
  public AnnualReport read(String json) {
    return parse("<string>", 0, f -> f.createParser(json), null);
  }

  /**
   * Reads a report strictly from JSON bytes.
   *
   * @param json the JSON of one report object in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report
   * @throws ReportFormatException naming {@code <bytes>}, the line, column (in bytes) and JSON path
   */
  public AnnualReport read(byte[] json) {
    return parse("<bytes>", 0, f -> f.createParser(json), null);
  }

  /**
   * Reads a report strictly from a stream of JSON bytes, and closes it.
   *
   * @param json the stream, in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report
   * @throws ReportFormatException naming {@code <stream>}, the line, column (in bytes) and JSON
   *     path
   * @throws UncheckedIOException when the stream fails
   */
  public AnnualReport read(InputStream json) {
    return parse("<stream>", 0, f -> f.createParser(json), null);
  }

  /**
   * Reads a report strictly from JSON text, and closes the reader.
   *
   * @param json the reader, not null
   * @return the report
   * @throws ReportFormatException naming {@code <reader>}, the line, column and JSON path
   * @throws UncheckedIOException when the reader fails
   */
  public AnnualReport read(Reader json) {
    return parse("<reader>", 0, f -> f.createParser(json), null);
  }

  /**
   * Reads a report strictly from a file; errors name the file.
   *
   * @param file the file, in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report
   * @throws ReportFormatException for content that is not a report
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public AnnualReport read(Path file) {
    return parse(file.toString(), 0, f -> f.createParser(Files.newInputStream(file)), null);
  }

  /**
   * Reads what it can of a report from JSON text: a missing cell, a wrong-typed cell or a
   * duplicate becomes a blank cell, an unknown field is skipped, each with a
   * {@link Diagnostic} (see {@link ReadResult} for the codes).
   *
   * @param json the JSON text of one report object, not null
   * @return the report and every problem met, in document order
   * @throws ReportFormatException when no report can be made: malformed JSON, no or a bad
   *     edition, organ or year, a limit exceeded
   */
  public ReadResult readLenient(String json) {
    return parseLenient("<string>", f -> f.createParser(json));
  }

  /**
   * Reads leniently from JSON bytes; see {@link #readLenient(String)}.
   *
   * @param json the JSON of one report object in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report and every problem met, in document order
   * @throws ReportFormatException when no report can be made
   */
  public ReadResult readLenient(byte[] json) {
    return parseLenient("<bytes>", f -> f.createParser(json));
  }

  /**
   * Reads leniently from a stream of JSON bytes, and closes it; see {@link #readLenient(String)}.
   *
   * @param json the stream, in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report and every problem met, in document order
   * @throws ReportFormatException when no report can be made
   * @throws UncheckedIOException when the stream fails
   */
  public ReadResult readLenient(InputStream json) {
    return parseLenient("<stream>", f -> f.createParser(json));
  }

  /**
   * Reads leniently from JSON text, and closes the reader; see {@link #readLenient(String)}.
   *
   * @param json the reader, not null
   * @return the report and every problem met, in document order
   * @throws ReportFormatException when no report can be made
   * @throws UncheckedIOException when the reader fails
   */
  public ReadResult readLenient(Reader json) {
    return parseLenient("<reader>", f -> f.createParser(json));
  }

  /**
   * Reads leniently from a file, errors naming it; see {@link #readLenient(String)}.
   *
   * @param file the file, in UTF-8, UTF-16 or UTF-32 (detected), not null
   * @return the report and every problem met, in document order
   * @throws ReportFormatException when no report can be made
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public ReadResult readLenient(Path file) {
    return parseLenient(file.toString(), f -> f.createParser(Files.newInputStream(file)));
  }

  // ---- writing one report

  /**
   * The canonical JSON of a report: 2-space indent, {@code "key": value}, {@code \n} line ends, no
   * final newline, non-ASCII characters as they are (unless {@link
   * ReportJsonFeature#ESCAPE_NON_ASCII}), keys in the documented order.
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String write(AnnualReport report) {
    return writeWith(canonical, report);
  }

  /**
   * Writes the JSON of a report on one line, with no whitespace between tokens: the form of a
   * JSON Lines line, without its {@code \n}.
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String writeCompact(AnnualReport report) {
    return writeWith(compact, report);
  }

  private static String writeWith(ObjectWriter writer, AnnualReport report) {
    Objects.requireNonNull(report, "report");
    try {
      return writer.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report: " + e.getOriginalMessage(), e);
    }
  }

  // ---- JSON Lines

  /**
   * The reports of a JSON Lines text, one {@link JsonLine} per non-blank line, read lazily one
   * line at a time (constant memory). A bad line yields a line with its error and the stream goes
   * on; lines of whitespace only are skipped. Close the stream to close the reader.
   *
   * @param json the reader, not null
   * @param source the name errors give for the input, e.g. {@code reports.jsonl}; not null
   * @return the lines, lazily; for one thread, and to be closed
   * @throws UncheckedIOException from the stream's operations when the reader fails
   */
  public Stream<JsonLine> readLines(Reader json, String source) {
    return stream(new JsonLines(Objects.requireNonNull(json, "json"), null, source));
  }

  private static Stream<JsonLine> stream(JsonLines lines) {
    return StreamSupport.stream(lines, false).onClose(lines::close);
  }

  /**
   * The reports of a JSON Lines byte stream; each line's encoding (UTF-8, UTF-16 or UTF-32) is
   * detected, and a line in a broken encoding is an error of that line only. A stream that
   * starts with the byte order mark of UTF-16 is read as UTF-16 text, split at its line ends. See
   * {@link #readLines(Reader, String)}. Errors name the source {@code <stream>}. The stream only
   * splits the lines: each is parsed when it is first asked for its report or error, on the thread
   * that asks, so a consumer may hand lines to several threads to parse (the stream itself is for
   * one thread).
   *
   * @param json the bytes, not null
   * @return the lines, lazily; for one thread, and to be closed
   * @throws UncheckedIOException from the stream's operations when the input fails
   */
  public Stream<JsonLine> readLines(InputStream json) {
    return lines(Objects.requireNonNull(json, "json"), "<stream>");
  }

  /**
   * The reports of a JSON Lines file, errors naming the file; see {@link #readLines(InputStream)}.
   *
   * @param file the file, not null
   * @return the lines, lazily; for one thread, and to be closed (which closes the file)
   * @throws UncheckedIOException when the file cannot be opened
   */
  public Stream<JsonLine> readLines(Path file) {
    try {
      return lines(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The lines of bytes, split at each byte {@code \n}; but bytes that start with the byte order
   * mark of UTF-16 (as Windows saves "Unicode" text) end their lines in two bytes, and are read
   * as characters.
   */
  private Stream<JsonLine> lines(InputStream bytes, String source) {
    PushbackInputStream in = new PushbackInputStream(bytes, 2);
    byte[] head;
    try {
      in.unread(head = in.readNBytes(2));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    boolean utf16 = List.of("feff", "fffe").contains(HexFormat.of().formatHex(head));
    return stream(utf16 ? new JsonLines(new InputStreamReader(in, StandardCharsets.UTF_16
        .newDecoder().onMalformedInput(CodingErrorAction.REPORT)), null, source)
        : new JsonLines(null, in, source));
  }

  /**
   * Creates a writer of compact lines to a character output.
   *
   * @param out the output, not null; closing the writer closes it
   * @return the writer
   */
  public JsonLinesWriter lineWriter(Writer out) {
    return new JsonLinesWriter(out, compact);
  }

  /**
   * Creates a writer of compact lines to a byte output, in UTF-8.
   *
   * @param out the output, not null; closing the writer closes it
   * @return the writer
   */
  public JsonLinesWriter lineWriter(OutputStream out) {
    return lineWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Creates a writer that appends compact lines to a file in UTF-8, creating it if needed; lines
   * already in the file are kept.
   *
   * @param file the file, not null
   * @return the writer, to be closed
   * @throws UncheckedIOException when the file cannot be opened
   */
  public JsonLinesWriter lineWriter(Path file) {
    try {
      return lineWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  // ---- the one place where reading happens and failures become ReportFormatException

  @FunctionalInterface
  private interface Opener {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private ReadResult parseLenient(String source, Opener opener) {
    List<Diagnostic> problems = new ArrayList<>();
    return new ReadResult(parse(source, 0, opener, problems), problems);
  }

  /**
   * Reads one report.
   *
   * @param line the line number to report instead of the parser's, or 0 (for JSON Lines)
   * @param problems the list for a lenient read, or null for a strict one
   */
  private AnnualReport parse(String source, long line, Opener opener, List<Diagnostic> problems) {
    try (JsonParser parser = opener.open(mapper.getFactory())) {
      try {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw error(source, line,
              first == null ? parser.currentLocation() : parser.currentTokenLocation(), "",
              "expected a report object, got " + ReportReader.describe(new ParserTokens(parser)));
        }
        ObjectReader settings = problems == null
            ? reader
            : reader.withAttribute(ReadSettings.class,
                ReadSettings.lenient(problems, source,
                    isEnabled(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS)));
        AnnualReport report = settings.readValue(parser);
        if (isEnabled(ReportJsonFeature.FAIL_ON_TRAILING_TOKENS) && parser.nextToken() != null) {
          throw error(source, line, parser.currentTokenLocation(), "", "trailing content after the "
              + "report: " + ReportReader.describe(new ParserTokens(parser)));
        }
        return report;
      } catch (ReportMismatchException e) {
        throw error(source, line, e.getLocation(), e.getReportPath(), e.getReason());
      } catch (StreamConstraintsException e) {
        // where the offending token starts: Jackson gives a limit error no location of its own,
        // where the parser stands is the end of its input buffer, far past the token, and while a
        // key's value is read the key is still the current token; a closed parser has none and
        // gives the start of the last token it scanned
        parser.close();
        throw error(source, line, parser.currentTokenLocation(), pathOf(parser),
            "input exceeds a limit: " + clean(e.getOriginalMessage()));
      } catch (JacksonException e) {
        // where the exception happened, else where the parser stands
        throw error(source, line, e.getLocation() != null ? e.getLocation()
            : parser.currentLocation(), pathOf(parser), clean(e.getOriginalMessage()));
      }
    } catch (CharConversionException e) {
      // byte input whose encoding detection fails, e.g. a UCS-4 byte order Jackson cannot read
      throw error(source, line, null, "", "invalid character encoding: " + e.getMessage());
    } catch (StreamConstraintsException e) {
      // a byte array longer than the document limit is refused before the first token
      throw error(source, line, null, "", "input exceeds a limit: " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private static ReportFormatException error(
      String source, long line, JsonLocation at, String path, String reason) {
    int lineNr = line > 0 ? (int) Math.min(line, Integer.MAX_VALUE)
        : at == null ? 0 : Math.max(at.getLineNr(), 0);
    int columnNr = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new ReportFormatException(
        source, lineNr, columnNr, MessageBundle.printable(path), MessageBundle.printable(reason), null);
  }

  /** The dotted path of where the parser stands, e.g. {@code applications.newReceived}. */
  private static String pathOf(JsonParser parser) {
    String pointer = parser.getParsingContext().pathAsPointer().toString();   // "/a/b~1c"
    return pointer.isEmpty() ? ""
        : pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
  }

  /**
   * Jackson's message for a reader of a file: without the source Jackson names, the settings it
   * suggests enabling ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}) and
   * the method a limit comes from, none of which a reader of the file can act on.
   */
  private static String clean(String message) {
    return message == null ? "malformed JSON"
        : message.replaceAll("\\[Source: [^;\\]]*; ", "[")
            .replaceAll(": enable `[^`]*` to allow", "")
            .replaceAll(", from `[^`]*`\\)", ")")
            .replaceAll("\\s+", " ").trim();
  }

  /**
   * Reads JSON Lines one line at a time, from characters or from bytes. Byte lines are split at
   * {@code \n} in 64 kB blocks (a call per byte made this the bottleneck of {@code check}) and
   * each parsed on its own, so a line in a broken encoding is an error of that line only. A line
   * longer than the document limit is an error; the next line still reads.
   */
  private final class JsonLines extends Spliterators.AbstractSpliterator<JsonLine> {

    private final Reader chars;
    private final InputStream bytes;
    private final String source;
    private final long maxLine;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 13);
    private final byte[] block = new byte[1 << 16];
    private int start;
    private int end;
    private boolean tooLong;
    private long lineNumber;

    JsonLines(Reader chars, InputStream bytes, String source) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.chars = chars == null || chars instanceof BufferedReader ? chars : new BufferedReader(chars);
      this.bytes = bytes;
      this.source = source;
      this.maxLine = constraints.hasMaxDocumentLength()
          ? constraints.getMaxDocumentLength() : Long.MAX_VALUE;
    }

    /** Hands on the next non-blank line, parsed when first asked; false at the end. */
    @Override
    public boolean tryAdvance(Consumer<? super JsonLine> action) {
      Object read;   // the line's String or byte[]
      do {
        try {
          read = chars != null ? readChars() : readBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        lineNumber++;
      } while (read != null && !tooLong && isBlank(read));
      if (read == null) {
        return false;
      }
      Object text = read;
      long number = lineNumber;
      String limit = "line longer than " + maxLine + (chars != null ? " characters" : " bytes");
      action.accept(new JsonLine(number, tooLong
          ? () -> { throw error(source, number, null, "", limit); }
          : () -> parse(source, number, f -> text instanceof String string
              ? f.createParser(string) : f.createParser((byte[]) text), null)));
      return true;
    }

    /** The next line, at most {@code maxLine} characters of it; null at the end of the input. */
    private String readChars() throws IOException {
      StringBuilder text = new StringBuilder();
      tooLong = false;
      int c = chars.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0 && c != '\n'; c = chars.read()) {
        tooLong |= text.length() >= maxLine;
        if (!tooLong) {
          text.append((char) c);
        }
      }
      return text.toString();
    }

    /** The next line, block by block, at most {@code maxLine} bytes of it; null at the end. */
    private byte[] readBytes() throws IOException {
      line.reset();
      tooLong = false;
      for (boolean any = false; ; any = true) {
        if (start == end) {
          start = 0;
          end = Math.max(bytes.read(block), 0);
          if (end == 0) {
            return any ? line.toByteArray() : null;
          }
        }
        int newline = start;
        while (newline < end && block[newline] != '\n') {
          newline++;
        }
        int kept = (int) Math.min(newline - start, Math.max(maxLine - line.size(), 0));
        tooLong |= kept < newline - start;
        line.write(block, start, kept);
        start = Math.min(newline + 1, end);
        if (newline < end) {
          return line.toByteArray();
        }
      }
    }

    private static boolean isBlank(Object text) {
      if (text instanceof String string) {
        return string.isBlank();
      }
      for (byte b : (byte[]) text) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    void close() {
      try {
        (chars != null ? (Closeable) chars : bytes).close();
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Builds a {@link ReportJson}; every feature starts at its default.
   *
   * <pre>{@code
   * ReportJson json = ReportJson.builder()
   *     .streamReadConstraints(ReportJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxStringLength(1 << 20).build())
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private final Set<ReportJsonFeature> features = EnumSet.noneOf(ReportJsonFeature.class);
    private StreamReadConstraints constraints = DEFAULT_READ_CONSTRAINTS;

    private Builder() {
      List.of(ReportJsonFeature.values()).stream()
          .filter(ReportJsonFeature::isEnabledByDefault).forEach(features::add);
    }

    /**
     * Turns features on.
     *
     * @param on the features, none null
     * @return this builder
     */
    public Builder enable(ReportJsonFeature... on) {
      features.addAll(List.of(on));
      return this;
    }

    /**
     * Turns features off.
     *
     * @param off the features, none null
     * @return this builder
     */
    public Builder disable(ReportJsonFeature... off) {
      List.of(off).forEach(features::remove);
      return this;
    }

    /**
     * Sets the input limits, replacing {@link #DEFAULT_READ_CONSTRAINTS}.
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder streamReadConstraints(StreamReadConstraints limits) {
      this.constraints = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the instance; build once and share.
     *
     * @return the instance, immutable and thread-safe
     */
    public ReportJson build() {
      return new ReportJson(this);
    }
  }
}
