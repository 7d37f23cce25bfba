package org.ogireport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportDiagnostic;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.JsonLine;
import org.ogireport.json.ReportJson;

/**
 * The reports of the files named on the command line, one {@link Item} at a time: a report JSON
 * file ({@code .json}) gives one, a {@code .jsonl} file one per line (streamed, in constant
 * memory), any other file is a published report imported from its text or HTML, with the
 * importer's diagnostics. An input that
 * cannot be read gives an item with its error, and reading goes on with the next.
 */
final class ReportInput {

  /** One report read from an input, or the reason it could not be. */
  record Item(
      String source,
      Optional<AnnualReport> report,
      List<ImportDiagnostic> diagnostics,
      Optional<ReportFormatException> error) {

    static Item of(String source, AnnualReport report) {
      return new Item(source, Optional.of(report), List.of(), Optional.empty());
    }

    static Item imported(String source, ImportResult result) {
      return new Item(
          source, Optional.of(result.getReport()), result.getDiagnostics(), Optional.empty());
    }

    static Item failed(String source, ReportFormatException error) {
      return new Item(source, Optional.empty(), List.of(), Optional.of(error));
    }

    /** The one-line reason, naming the file and position. */
    String reason() {
      return error.map(ReportFormatException::getMessage).orElse("");
    }
  }

  /** Reports per batch handed from the parsing thread to the checking one. */
  private static final int BATCH = 256;
  /** Batches parsed ahead of the checking thread at most. */
  private static final int QUEUED_BATCHES = 4;

  private final ReportJson json;
  private final ReportImporter importer;

  ReportInput(ReportJson json, ReportImporter importer) {
    this.json = json;
    this.importer = importer;
  }

  /**
   * Reads the one report of a file: {@code .json} as report JSON, anything else imported from its
   * text or HTML (import diagnostics are dropped; use {@code check} or {@code import} to see them).
   *
   * @throws ReportFormatException naming the file when it cannot be read
   */
  AnnualReport readOne(Path file) {
    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return json.read(file);
    }
    try {
      return importer.read(file).getReport();
    } catch (IOException e) {
      throw ioFailure(file.toString(), e);
    }
  }

  /** Feeds every report of a file to the consumer, in order. */
  void forEach(String file, Consumer<Item> consumer) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      consumer.accept(Item.failed(file, new ReportFormatException(
          file, Files.exists(path) ? "not a regular file" : "no such file")));
      return;
    }
    String name = file.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".jsonl")) {
      try {
        consumer.accept(Item.imported(file, importer.read(path)));
      } catch (ReportFormatException e) {
        consumer.accept(Item.failed(file, e));
      } catch (IOException e) {
        consumer.accept(Item.failed(file, ioFailure(file, e)));
      }
      return;
    }
    if (name.endsWith(".jsonl")) {
      forEachLine(file, path, consumer);
      return;
    }
    AnnualReport report;
    try {
      report = json.read(path);
    } catch (ReportFormatException e) {
      consumer.accept(Item.failed(file, e));
      return;
    } catch (UncheckedIOException e) {
      consumer.accept(Item.failed(file, ioFailure(file, e.getCause())));
      return;
    }
    consumer.accept(Item.of(file, report));
  }

  /**
   * The reports of a JSON Lines file, parsed on a second thread a batch at a time while the
   * caller's thread checks and prints them: both cores work, the order is kept, and memory stays
   * bounded by {@value #QUEUED_BATCHES} batches of {@value #BATCH} reports.
   */
  private void forEachLine(String file, Path path, Consumer<Item> consumer) {
    BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    List<Item> end = new ArrayList<>(0);
    Thread reader = new Thread(() -> parse(file, path, queue, end), "ogi-report-jsonl-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      for (List<Item> batch = queue.take(); batch != end; batch = queue.take()) {
        batch.forEach(consumer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      reader.interrupt();
    }
  }

  private void parse(String file, Path path, BlockingQueue<List<Item>> queue, List<Item> end) {
    List<Item> batch = new ArrayList<>(BATCH);
    try {
      try (Stream<JsonLine> lines = json.readLines(path)) {
        Iterator<JsonLine> it = lines.iterator();
        while (it.hasNext()) {
          JsonLine line = it.next();
          String source = file + ":" + line.getLineNumber();
          batch.add(line.getReport()
              .map(r -> Item.of(source, r))
              .orElseGet(() -> Item.failed(source, line.getError().orElseThrow())));
          if (batch.size() == BATCH) {
            queue.put(batch);
            batch = new ArrayList<>(BATCH);
          }
        }
      } catch (ReportFormatException e) {
        batch.add(Item.failed(file, e));
      } catch (UncheckedIOException e) {
        batch.add(Item.failed(file, ioFailure(file, e.getCause())));
      } catch (RuntimeException e) {
        batch.add(Item.failed(file, new ReportFormatException(file, "cannot read: " + e)));
      }
      if (!batch.isEmpty()) {
        queue.put(batch);
      }
      queue.put(end);
    } catch (InterruptedException e) {
      // the caller stopped reading
    }
  }

  private static ReportFormatException ioFailure(String file, IOException e) {
    String why = e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage();
    return new ReportFormatException(file, why);
  }
}
