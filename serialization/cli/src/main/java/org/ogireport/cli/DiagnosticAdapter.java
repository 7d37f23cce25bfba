package org.ogireport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.importer.ImportDiagnostic;
import org.ogireport.importer.ImportResult;

/**
 * The importer's findings as {@link Diagnostic}s, the one shape the command line prints.
 *
 * <p><b>Delete this class</b> when {@code ogi-report-importer} returns {@code Diagnostic}
 * itself: it is the only place in the command line that knows {@link ImportDiagnostic}.
 */
final class DiagnosticAdapter {

  private DiagnosticAdapter() {}

  /** The importer's diagnostics, at their line and column (no source: the caller names it). */
  static List<Diagnostic> diagnostics(ImportResult result) {
    List<Diagnostic> found = new ArrayList<>(result.getDiagnostics().size());
    for (ImportDiagnostic d : result.getDiagnostics()) {
      found.add(Diagnostic.builder(d.getCode().name(), Severity.valueOf(d.getSeverity().name()))
          .location(Location.report().at(null, d.getLine(), d.getColumn()))
          .message(d.getMessage(Locale.SIMPLIFIED_CHINESE), d.getMessage(Locale.ENGLISH))
          .build());
    }
    return found;
  }
}
