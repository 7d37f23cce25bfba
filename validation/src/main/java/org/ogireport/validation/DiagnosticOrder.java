package org.ogireport.validation;

import java.util.Comparator;
import java.util.List;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.rules.Rule;

/**
 * The order of findings in a result. For one report: report fields first ({@code edition},
 * {@code year}), then cells in printed order (table 二, 三, 四, each row by row), other places
 * last by path; within one place, catalogue order. For a series: by year, then catalogue order,
 * then by path.
 */
final class DiagnosticOrder {

  private static final List<ReportField> REPORT_FIELDS = List.of(ReportField.EDITION, ReportField.YEAR);

  private DiagnosticOrder() {}

  /** The order for the findings of one report of an edition. */
  static Comparator<Diagnostic> ofReport(Edition edition) {
    List<TableLayout<?, ?>> tables = TableLayout.all(edition);
    Comparator<Diagnostic> byPosition =
        Comparator.comparingInt(d -> position(tables, d.getLocation()));
    return byPosition
        .thenComparing(d -> d.getLocation().getPath())
        .thenComparing(DiagnosticOrder::rule);
  }

  /** The order for the findings of a series. */
  static Comparator<Diagnostic> ofSeries() {
    return Comparator.comparingInt((Diagnostic d) -> d.getLocation().getYear().orElse(0))
        .thenComparing(DiagnosticOrder::rule)
        .thenComparing(d -> d.getLocation().getPath());
  }

  private static Rule rule(Diagnostic d) {
    return Rule.ofId(d.getCode());
  }

  private static int position(List<TableLayout<?, ?>> tables, Location location) {
    int field = location.getField().map(REPORT_FIELDS::indexOf).orElse(-1);
    if (field >= 0) {
      return field;
    }
    if (location.getCell().isPresent()) {
      CellSlot<?, ?> slot = location.getCell().get();
      int offset = REPORT_FIELDS.size();
      for (TableLayout<?, ?> table : tables) {
        if (table.getTable() == slot.getTable()) {
          return offset + slot.getIndex();
        }
        offset += table.size();
      }
    }
    return Integer.MAX_VALUE;
  }
}
