package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.diagnostic.Location;

/** {@code CELL-MISSING}: every cell was published with a number (not blank, not a marker). */
final class CellMissingCheck extends ReportCheck {

  private final CellWalk walk = new CellWalk() {
    /** A count without a number, or any amount. */
    @Override
    int nextSuspect(List<Cell> cells, int from) {
      for (int i = from; i < cells.size(); i++) {
        if (!(cells.get(i) instanceof Count count) || !count.isNumber()) {
          return i;
        }
      }
      return -1;
    }

    @Override
    boolean fails(CellSlot<?, ?> slot, Cell cell) {
      return !cell.isNumber();
    }

    @Override
    void report(CellSlot<?, ?> slot, Cell cell, ConstraintValidatorContext context) {
      finding(slot)
          .read(Location.of(slot), cell)
          .param("value", cell.isMarker() ? "/" : "")
          .reportTo(context);
    }
  };

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    return walk.isValid(report, context);
  }
}
