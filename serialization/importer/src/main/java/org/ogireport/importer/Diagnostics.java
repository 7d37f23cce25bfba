package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one import; not thread-safe, one per read. */
final class Diagnostics {

  private final List<ImportDiagnostic> list = new ArrayList<>();

  void addAt(DiagnosticCode code, int line, int column, Object... arguments) {
    list.add(new ImportDiagnostic(code, "", line, column, arguments));
  }

  /** A diagnostic about a part of the report: a cell, row or table by its JSON path. */
  void addFor(String path, DiagnosticCode code, int line, int column, Object... arguments) {
    list.add(new ImportDiagnostic(code, path, line, column, arguments));
  }

  void add(DiagnosticCode code, int line, Object... arguments) {
    addAt(code, line, 0, arguments);
  }

  /** The diagnostics by line (stable for equal lines). */
  List<ImportDiagnostic> sorted() {
    List<ImportDiagnostic> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt(ImportDiagnostic::getLine));
    return copy;
  }
}
