package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Sides;

/** {@code CELL-NEGATIVE}: no {@code COUNT} or {@code MONEY} cell is negative (signed changes may be). */
final class CellNegativeCheck extends ReportCheck {

  private final CellWalk walk = new CellWalk() {
    /** A negative count, or any amount. */
    @Override
    int nextSuspect(List<Cell> cells, int from) {
      for (int i = from; i < cells.size(); i++) {
        if (!(cells.get(i) instanceof Count count) || count.orZero() < 0) {
          return i;
        }
      }
      return -1;
    }

    @Override
    boolean fails(CellSlot<?, ?> slot, Cell cell) {
      return cell.isNegative() && slot.getKind() != CellKind.SIGNED_COUNT;
    }

    @Override
    void report(CellSlot<?, ?> slot, Cell cell, ConstraintValidatorContext context) {
      finding(slot)
          .read(Location.of(slot), cell)
          .sides(Sides.of(cell.toDecimalOrZero(), BigDecimal.ZERO))
          .param("value", cell)
          .reportTo(context);
    }
  };

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    return walk.isValid(report, context);
  }
}
