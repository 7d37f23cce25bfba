package org.ogireport.json;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;

/**
 * One line of a JSON Lines stream of reports: its 1-based line number and either the report read
 * from it or the error that line gave. A bad line does not end the stream.
 *
 * <pre>{@code
 * try (Stream<JsonLine> lines = ReportJson.standard().readLines(Path.of("reports.jsonl"))) {
 *   lines.forEach(line -> line.getError().ifPresentOrElse(
 *       e -> System.err.println(e.getMessage()),    // reports.jsonl:7:31: year: expected a year such as 2021, got "2020"
 *       () -> use(line.getReport().get())));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. A line is parsed when it is first asked for its report or error,
 * once, on the thread that asks: a stream of lines only splits them, so that its consumer may
 * parse lines on several threads (the command line's {@code check} does).
 */
public final class JsonLine {

  private final long lineNumber;
  // how to read the line until it is read, then null
  private Supplier<AnnualReport> parser;
  private AnnualReport report;
  private ReportFormatException error;

  /**
   * A line read when it is first asked for its report or error, on the thread that asks: the
   * stream only splits lines, so that its consumer can parse lines on several threads.
   */
  JsonLine(long lineNumber, Supplier<AnnualReport> parser) {
    this.lineNumber = lineNumber;
    this.parser = parser;
  }

  /** Reads the line once; afterwards its text is let go. */
  private synchronized void parsed() {
    if (parser != null) {
      try {
        report = Objects.requireNonNull(parser.get());
      } catch (ReportFormatException e) {
        error = e;
      }
      parser = null;
    }
  }

  /** {@return the 1-based line number in the input, e.g. {@code 7}} */
  public long getLineNumber() {
    return lineNumber;
  }

  /** {@return the report of the line, empty when the line was bad} */
  public Optional<AnnualReport> getReport() {
    parsed();
    return Optional.ofNullable(report);
  }

  /**
   * {@return why the line could not be read, empty when it was} The exception names the source,
   * the line and column, and the JSON path.
   */
  public Optional<ReportFormatException> getError() {
    parsed();
    return Optional.ofNullable(error);
  }

  /** {@return whether the line held a report (else it has an error)} */
  public boolean isReport() {
    return getReport().isPresent();
  }

  /**
   * Gets the report of the line, or throws the line's error.
   *
   * @return the report
   * @throws ReportFormatException the line's error, when it was bad
   */
  public AnnualReport getReportOrThrow() {
    return getReport().orElseThrow(() -> error);
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + getReport().map(r -> r.getOrgan() + " " + r.getYear())
        .orElseGet(() -> error.getMessage());
  }
}
