package org.ogireport.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.JsonLine;
import org.ogireport.json.ReportJson;
import org.ogireport.office.DocumentImporter;

/**
 * The one way every command reads its inputs: each input named on the command line (a file, or
 * {@code -} for standard input) gives its reports one {@link Item} at a time, in order. What an
 * input holds is decided here and nowhere else ({@link Kind#detect}):
 * <ul>
 *   <li>JSON Lines, one report per line (streamed in constant memory): a {@code .jsonl} file, or
 *       any input whose first line is a whole JSON object {@code {…}} and that has more lines,
 *       such as what {@code import} writes, whatever its name;
 *   <li>one report JSON: any other input starting with {@code {}, and any {@code .json} file;
 *   <li>a published report, imported, with the importer's diagnostics: anything else, told apart
 *       by content by {@link DocumentImporter} (a .docx, a PDF with a text layer, text or HTML; an
 *       old binary .doc is refused with a message that says to save it as .docx).
 * </ul>
 * An input that cannot be read gives an item with its error, and reading goes on with the next.
 */
final class Inputs {

  /** The name that stands for standard input. */
  static final String STDIN = "-";
  /** How standard input is named in sources and errors. */
  static final String STDIN_SOURCE = "<stdin>";

  /** Bytes looked at to decide what an input holds: more than a compact report's line. */
  private static final int HEAD = 1 << 16;
  /** Lines per batch handed from the reader thread to a parser, and on to the consuming one. */
  private static final int BATCH = 256;
  /** Batches split ahead of the consuming thread at most. */
  private static final int QUEUED_BATCHES = 4;

  /** Threads that parse JSON Lines: as many as the processors, for the caller's thread checks. */
  private static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /**
   * One report read from an input, or the reason it could not be.
   *
   * @param source the input, with {@code :LINE} for a line of JSON Lines
   * @param report the report, empty when it could not be read
   * @param diagnostics what the importer met, for a published report; else empty
   * @param error why it could not be read, when it could not
   */
  record Item(
      String source,
      Optional<AnnualReport> report,
      List<Diagnostic> diagnostics,
      Optional<ReportFormatException> error) {

    static Item of(String source, AnnualReport report) {
      return new Item(source, Optional.of(report), List.of(), Optional.empty());
    }

    static Item imported(String source, ImportResult result) {
      return new Item(source, Optional.of(result.getReport()), result.getDiagnostics(),
          Optional.empty());
    }

    static Item failed(String source, ReportFormatException error) {
      return new Item(source, Optional.empty(), List.of(), Optional.of(error));
    }

    /** The one-line reason, naming the input and position; empty for a report. */
    String reason() {
      return error.map(ReportFormatException::getMessage).orElse("");
    }
  }

  /** What an input holds. */
  enum Kind {
    /** One report in the JSON format. */
    REPORT_JSON,
    /** Reports in the JSON format, one per line. */
    JSON_LINES,
    /** A published report (text, HTML page, .docx or PDF), to import. */
    PUBLISHED;

    /**
     * What an input holds, from its name and its first bytes.
     *
     * @param name the name given on the command line
     * @param head the first bytes of the input
     * @param length how many of them there are
     * @return the kind
     */
    static Kind detect(String name, byte[] head, int length) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl")) {
        return JSON_LINES;
      }
      int start = startsWith(head, length, (byte) 0xef, (byte) 0xbb, (byte) 0xbf) ? 3 : 0;
      int first = skipBlank(head, start, length);
      if (first < length && head[first] == '{') {
        return isJsonLines(head, first, length) ? JSON_LINES : REPORT_JSON;
      }
      return lower.endsWith(".json") ? REPORT_JSON : PUBLISHED;
    }

    /** Whether the line starting at {@code from} ends with {@code }} and another line follows. */
    private static boolean isJsonLines(byte[] head, int from, int length) {
      int end = from;
      while (end < length && head[end] != '\n') {
        end++;
      }
      if (end == length) {
        return false;   // one line, or a first line longer than the head: one report
      }
      int last = end - 1;
      while (last > from && isBlank(head[last])) {
        last--;
      }
      return head[last] == '}' && skipBlank(head, end, length) < length;
    }

    private static int skipBlank(byte[] head, int from, int length) {
      int i = from;
      while (i < length && isBlank(head[i])) {
        i++;
      }
      return i;
    }

    private static boolean isBlank(byte b) {
      return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] head, int length, byte... prefix) {
      if (length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (head[i] != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private final ReportJson json;
  private final ReportImporter importer;
  private final DocumentImporter documents;
  private final InputStream stdin;

  /**
   * Inputs read with these readers.
   *
   * @param json reads report JSON and JSON Lines
   * @param importer reads the text of published reports of every kind, which
   *     {@link DocumentImporter} takes out of their files
   * @param stdin what {@code -} reads
   */
  Inputs(ReportJson json, ReportImporter importer, InputStream stdin) {
    this.json = json;
    this.importer = importer;
    this.documents = DocumentImporter.builder().importer(importer).build();
    this.stdin = stdin;
  }

  /**
   * These inputs with published reports imported knowing the organ's report of the year before
   * ({@link ReportImporter#withPrevious}); reports in JSON are read as they are.
   *
   * @param lastYear the report of the year before
   * @return the inputs
   */
  Inputs withPrevious(AnnualReport lastYear) {
    return new Inputs(json, importer.withPrevious(lastYear), stdin);
  }

  /**
   * Refuses an input named twice, under one name or two ({@code a.json} and {@code ./a.json}):
   * its reports would be counted, summed or exported twice.
   *
   * @param names the inputs as given
   * @throws IllegalArgumentException naming the input
   */
  static void requireDistinct(List<String> names) {
    Map<String, String> seen = new HashMap<>();
    for (String name : names) {
      String earlier = seen.putIfAbsent(identity(name), name);
      if (earlier != null) {
        throw new IllegalArgumentException((earlier.equals(name)
            ? name + " is given twice" : earlier + " and " + name + " are the same input")
            + ": give each input once");
      }
    }
  }

  /** The file a name stands for, the same for {@code a.json} and {@code ./a.json}. */
  static String identity(String name) {
    if (name.equals(STDIN)) {
      return STDIN;
    }
    try {
      Path path = Path.of(name);
      try {
        return path.toRealPath().toString();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize().toString();
      }
    } catch (InvalidPathException e) {
      return name;
    }
  }

  /**
   * Feeds every report of an input to the consumer, in order.
   *
   * @param name a file name, or {@value #STDIN}
   * @param consumer receives each report, or the reason an input or a line cannot be read
   */
  void forEach(String name, Consumer<Item> consumer) {
    if (name.equals(STDIN)) {
      fromStdin(consumer);
    } else {
      fromFile(name, consumer);
    }
  }

  private void fromFile(String name, Consumer<Item> consumer) {
    if (name.isEmpty()) {   // Path.of("") is the working directory: say what was given
      consumer.accept(Item.failed(name, new ReportFormatException("''",
          "an empty argument, not a file name")));
      return;
    }
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      consumer.accept(Item.failed(name, new ReportFormatException(name, "not a file name")));
      return;
    }
    if (!Files.isRegularFile(path)) {
      consumer.accept(Item.failed(name, new ReportFormatException(
          name, Files.exists(path) ? "not a regular file" : "no such file")));
      return;
    }
    byte[] head = new byte[HEAD];
    int length;
    try (InputStream in = Files.newInputStream(path)) {
      length = in.readNBytes(head, 0, HEAD);
    } catch (IOException e) {
      consumer.accept(Item.failed(name, ioFailure(name, e)));
      return;
    }
    switch (Kind.detect(name, head, length)) {
      case JSON_LINES -> forEachLine(name, () -> json.readLines(path), e -> e, consumer);
      case REPORT_JSON -> consumer.accept(one(name, () -> json.read(path), e -> e));
      case PUBLISHED -> consumer.accept(imported(name, () -> documents.read(path)));
    }
  }

  private void fromStdin(Consumer<Item> consumer) {
    BufferedInputStream in = new BufferedInputStream(stdin, HEAD);
    byte[] head = new byte[HEAD];
    int length;
    try {
      in.mark(HEAD);
      length = in.readNBytes(head, 0, HEAD);
      in.reset();
    } catch (IOException e) {
      consumer.accept(Item.failed(STDIN_SOURCE, ioFailure(STDIN_SOURCE, e)));
      return;
    }
    switch (Kind.detect(STDIN, head, length)) {
      case JSON_LINES -> forEachLine(STDIN_SOURCE, () -> json.readLines(in), Inputs::fromStdin,
          consumer);
      case REPORT_JSON -> consumer.accept(one(STDIN_SOURCE, () -> json.read(in), Inputs::fromStdin));
      case PUBLISHED -> consumer.accept(imported(STDIN_SOURCE,
          () -> documents.read(bounded(in), STDIN_SOURCE)));
    }
  }

  /** The bytes of standard input, refused past the importer's limit without reading them all. */
  private static byte[] bounded(InputStream in) throws IOException {
    long limit = DocumentImporter.DEFAULT_MAX_BYTES;
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new ReportFormatException(STDIN_SOURCE,
          "input too large: more than " + limit + " bytes, the limit");
    }
    return bytes;
  }

  /** The error of a stream read named as standard input rather than {@code <stream>}. */
  private static ReportFormatException fromStdin(ReportFormatException e) {
    return new ReportFormatException(
        STDIN_SOURCE, e.getLine(), e.getColumn(), e.getPath(), e.getReason(), e);
  }

  private static Item one(String source, Supplier<AnnualReport> read,
      UnaryOperator<ReportFormatException> named) {
    try {
      return Item.of(source, read.get());
    } catch (ReportFormatException e) {
      return Item.failed(source, named.apply(e));
    } catch (UncheckedIOException e) {
      return Item.failed(source, ioFailure(source, e.getCause()));
    }
  }

  /** A published report, read by the importer. */
  @FunctionalInterface
  private interface Import {
    ImportResult read() throws IOException;
  }

  private static Item imported(String source, Import read) {
    try {
      return Item.imported(source, read.read());
    } catch (ReportFormatException e) {
      return Item.failed(source, e);
    } catch (IOException e) {
      return Item.failed(source, ioFailure(source, e));
    }
  }

  /**
   * The reports of JSON Lines, in order: a reader thread splits them into batches of
   * {@value #BATCH} lines, which are parsed on {@link #PARSERS} threads while the caller's thread
   * consumes the batches before them. Memory stays bounded by {@value #QUEUED_BATCHES} batches
   * waiting, and each parser's one.
   */
  private static void forEachLine(String source, Supplier<Stream<JsonLine>> lines,
      UnaryOperator<ReportFormatException> named, Consumer<Item> consumer) {
    BlockingQueue<Future<List<Item>>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    Future<List<Item>> end = CompletableFuture.completedFuture(List.of());
    ExecutorService parsers = Executors.newFixedThreadPool(PARSERS, task -> {
      Thread parser = new Thread(task, "ogi-report-jsonl-parser");
      parser.setDaemon(true);
      return parser;
    });
    Thread reader = new Thread(() -> split(source, lines, named, parsers, queue, end),
        "ogi-report-jsonl-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      for (Future<List<Item>> batch = queue.take(); batch != end; batch = queue.take()) {
        batch.get().forEach(consumer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // items() catches what a line can throw: anything else is a bug, said as one
      throw new IllegalStateException(source + ": " + e.getCause(), e.getCause());
    } finally {
      reader.interrupt();
      parsers.shutdownNow();
    }
  }

  private static void split(String source, Supplier<Stream<JsonLine>> lines,
      UnaryOperator<ReportFormatException> named, ExecutorService parsers,
      BlockingQueue<Future<List<Item>>> queue, Future<List<Item>> end) {
    List<JsonLine> batch = new ArrayList<>(BATCH);
    List<Item> failed = new ArrayList<>(1);
    try {
      try (Stream<JsonLine> stream = lines.get()) {
        Iterator<JsonLine> it = stream.iterator();
        if (!it.hasNext()) {   // said, lest checking an empty file look like checking nothing wrong
          failed.add(Item.failed(source, new ReportFormatException(source,
              "empty: no report in it")));
        }
        while (it.hasNext()) {
          batch.add(it.next());
          if (batch.size() == BATCH) {
            List<JsonLine> full = batch;
            queue.put(parsers.submit(() -> items(source, full, named)));
            batch = new ArrayList<>(BATCH);
          }
        }
      } catch (ReportFormatException e) {
        failed.add(Item.failed(source, named.apply(e)));
      } catch (UncheckedIOException e) {
        failed.add(Item.failed(source, ioFailure(source, e.getCause())));
      } catch (RuntimeException e) {
        failed.add(Item.failed(source, new ReportFormatException(source, "cannot read: " + e)));
      }
      List<JsonLine> last = batch;
      queue.put(parsers.submit(() -> {
        List<Item> items = items(source, last, named);
        items.addAll(failed);
        return items;
      }));
      queue.put(end);
    } catch (InterruptedException | RejectedExecutionException e) {
      // the consumer stopped reading
    }
  }

  /** Parses a batch of lines (on a parser's thread) into the items they are. */
  private static List<Item> items(String source, List<JsonLine> lines,
      UnaryOperator<ReportFormatException> named) {
    List<Item> items = new ArrayList<>(lines.size() + 1);
    for (JsonLine line : lines) {
      String at = source + ":" + line.getLineNumber();
      try {
        items.add(line.getReport()
            .map(r -> Item.of(at, r))
            .orElseGet(() -> Item.failed(at, named.apply(line.getError().orElseThrow()))));
      } catch (RuntimeException e) {
        items.add(Item.failed(at, new ReportFormatException(at, "cannot read: " + e)));
      }
    }
    return items;
  }

  private static ReportFormatException ioFailure(String source, IOException e) {
    String why = e instanceof NoSuchFileException ? "no such file" : "cannot read: " + why(e);
    return new ReportFormatException(source, why);
  }

  /**
   * Why a file could not be read or written, in a few words ({@code permission denied},
   * {@code Is a directory}): the message of most exceptions of {@link java.nio.file} is only the
   * file's name.
   */
  static String why(IOException e) {
    return e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage();
  }
}
