package org.ogireport.importer;

import java.util.List;
import java.util.Objects;
import org.ogireport.core.AnnualReport;

/**
 * What {@link ReportImporter} read from one published report: the report, with cells it could
 * not read left blank, and the diagnostics saying what it met.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportResult {

  private final AnnualReport report;
  private final List<ImportDiagnostic> diagnostics;

  ImportResult(AnnualReport report, List<ImportDiagnostic> diagnostics) {
    this.report = Objects.requireNonNull(report, "report");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The report as read. */
  public AnnualReport getReport() {
    return report;
  }

  /** The diagnostics in source order. */
  public List<ImportDiagnostic> getDiagnostics() {
    return diagnostics;
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
  }
}
