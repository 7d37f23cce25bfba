package org.ogireport.json;

import java.util.Objects;
import java.util.Optional;
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
 * <p>Immutable and thread-safe.
 */
public final class JsonLine {

  private final long lineNumber;
  private final AnnualReport report;
  private final ReportFormatException error;

  private JsonLine(long lineNumber, AnnualReport report, ReportFormatException error) {
    this.lineNumber = lineNumber;
    this.report = report;
    this.error = error;
  }

  static JsonLine ofReport(long lineNumber, AnnualReport report) {
    return new JsonLine(lineNumber, Objects.requireNonNull(report), null);
  }

  static JsonLine ofError(long lineNumber, ReportFormatException error) {
    return new JsonLine(lineNumber, null, Objects.requireNonNull(error));
  }

  /** {@return the 1-based line number in the input, e.g. {@code 7}} */
  public long getLineNumber() {
    return lineNumber;
  }

  /** {@return the report of the line, empty when the line was bad} */
  public Optional<AnnualReport> getReport() {
    return Optional.ofNullable(report);
  }

  /**
   * {@return why the line could not be read, empty when it was} The exception names the source,
   * the line and column, and the JSON path.
   */
  public Optional<ReportFormatException> getError() {
    return Optional.ofNullable(error);
  }

  /** {@return whether the line held a report (else it has an error)} */
  public boolean isReport() {
    return report != null;
  }

  /**
   * Gets the report of the line, or throws the line's error.
   *
   * @return the report
   * @throws ReportFormatException the line's error, when it was bad
   */
  public AnnualReport getReportOrThrow() {
    if (error != null) {
      throw error;
    }
    return report;
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": "
        + (report != null ? report.getOrgan() + " " + report.getYear() : error.getMessage());
  }
}
