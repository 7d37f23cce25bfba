package org.ogireport.importer;

import java.util.List;
import java.util.Objects;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;

/**
 * What {@link ReportImporter} read from one published report: the report, with cells it could
 * not read left blank, and the diagnostics saying what it met.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportResult {

  private final AnnualReport report;
  private final List<Diagnostic> diagnostics;

  ImportResult(AnnualReport report, List<Diagnostic> diagnostics) {
    this.report = Objects.requireNonNull(report, "report");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The report as read: every cell the number printed, or blank with a diagnostic.
   *
   * @return the report, never null
   */
  public AnnualReport getReport() {
    return report;
  }

  /**
   * The diagnostics in source order. Each has a code of {@link DiagnosticCode}, and a location
   * with the line and column in the text read (0 when not known) and, where it concerns a part
   * of the report, that cell ({@code NOT_A_NUMBER}), row ({@code MISSING_ROW}), table
   * ({@code TABLE_NOT_FOUND}) or field ({@code organ}). The location names no source: the
   * result is of one input, which the caller named.
   *
   * @return the diagnostics, unmodifiable
   */
  public List<Diagnostic> getDiagnostics() {
    return diagnostics;
  }

  /**
   * Whether any diagnostic is an {@link Severity#ERROR}: some cell the report prints is blank.
   *
   * @return true when any diagnostic is an error
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
  }
}
