package org.ogireport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.json.JsonLine;
import org.ogireport.json.ReportJson;

/**
 * The reports of the files named on the command line, one {@link Item} at a time: a report JSON
 * file gives one, a {@code .jsonl} file one per line (streamed, in constant memory). An input that
 * cannot be read gives an item with its error, and reading goes on with the next.
 */
final class ReportInput {

  /** One report read from an input, or the reason it could not be. */
  record Item(String source, Optional<AnnualReport> report, Optional<ReportFormatException> error) {

    static Item of(String source, AnnualReport report) {
      return new Item(source, Optional.of(report), Optional.empty());
    }

    static Item failed(String source, ReportFormatException error) {
      return new Item(source, Optional.empty(), Optional.of(error));
    }

    /** The one-line reason, naming the file and position. */
    String reason() {
      return error.map(ReportFormatException::getMessage).orElse("");
    }
  }

  private final ReportJson json;

  ReportInput(ReportJson json) {
    this.json = json;
  }

  /** Feeds every report of a file to the consumer, in order. */
  void forEach(String file, Consumer<Item> consumer) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      consumer.accept(Item.failed(file, new ReportFormatException(
          file, Files.exists(path) ? "not a regular file" : "no such file")));
      return;
    }
    if (file.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      try (Stream<JsonLine> lines = json.readLines(path)) {
        lines.forEach(line -> {
          String source = file + ":" + line.getLineNumber();
          consumer.accept(line.getReport()
              .map(r -> Item.of(source, r))
              .orElseGet(() -> Item.failed(source, line.getError().orElseThrow())));
        });
      } catch (ReportFormatException e) {
        consumer.accept(Item.failed(file, e));
      } catch (UncheckedIOException e) {
        consumer.accept(Item.failed(file, ioFailure(file, e.getCause())));
      }
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

  private static ReportFormatException ioFailure(String file, IOException e) {
    String why = e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage();
    return new ReportFormatException(file, why);
  }
}
