package org.ogireport.json;

import java.util.List;
import java.util.Objects;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;

/**
 * The outcome of a lenient read: the report as far as it could be read, and a {@link Diagnostic}
 * for every problem met and worked around.
 *
 * <pre>{@code
 * ReadResult result = ReportJson.standard().readLenient(Path.of("report.json"));
 * result.getDiagnostics().forEach(System.err::println);
 * // error JSON_MISSING report.json:40:18: applications.carriedOver.total: missing cell; read as blank
 * AnnualReport report = result.getReport();
 * }</pre>
 *
 * <p>Each diagnostic is located at the cell, row or field its JSON path names (else at the path,
 * e.g. an unknown key), with the source, line and column; its message is what was met and, after
 * {@code "; "} (Chinese {@code "；"}), what the reader did. The codes are stable:
 * <ul>
 *   <li>{@code JSON_BAD_VALUE} (error): a value of the wrong type or out of range; the cell is
 *       blank, the date or section dropped, the money unit unknown;
 *   <li>{@code JSON_MISSING} (error): a missing table, cell, or field of a money object; read as
 *       blank or unknown;
 *   <li>{@code JSON_NOT_IN_EDITION} (warning): a cell of the other edition, ignored;
 *   <li>{@code JSON_DUPLICATE} (warning): a key given twice, the later value ignored;
 *   <li>{@code JSON_UNKNOWN_FIELD} (warning): a key the format does not have, ignored (unless
 *       {@link ReportJsonFeature#FAIL_ON_UNKNOWN_FIELDS} is disabled, which skips it silently).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {

  private final AnnualReport report;
  private final List<Diagnostic> diagnostics;

  ReadResult(AnnualReport report, List<Diagnostic> diagnostics) {
    this.report = Objects.requireNonNull(report, "report");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The report as far as it could be read.
   *
   * @return the report; cells that could not be read are blank
   */
  public AnnualReport getReport() {
    return report;
  }

  /**
   * The problems met, in document order (line, then column).
   *
   * @return the diagnostics, unmodifiable; empty when the input was clean
   */
  public List<Diagnostic> getDiagnostics() {
    return diagnostics;
  }

  /**
   * Whether the input was read without any problem.
   *
   * @return true when there is no diagnostic
   */
  public boolean isClean() {
    return diagnostics.isEmpty();
  }

  /**
   * Whether some part of the report could not be read: any diagnostic is an
   * {@link Severity#ERROR}.
   *
   * @return true when a value was lost
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
  }
}
