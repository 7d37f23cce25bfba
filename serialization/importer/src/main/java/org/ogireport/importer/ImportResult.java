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

  /**
   * The report as read: every cell the number printed, or blank with a diagnostic.
   *
   * @return the report, never null
   */
  public AnnualReport getReport() {
    return report;
  }

  /**
   * The diagnostics in source order.
   *
   * @return the diagnostics, unmodifiable
   */
  public List<ImportDiagnostic> getDiagnostics() {
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
