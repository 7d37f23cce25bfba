package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.constraints.CellMissing;
import org.ogireport.validation.Rule;

/** {@code CELL-MISSING}: every cell was published with a number (not blank, not a marker). */
public final class CellMissingValidator implements ConstraintValidator<CellMissing, AnnualReport> {

  private final CellWalk walk = new CellWalk() {
    @Override
    boolean suspect(Cell cell) {
      return !cell.isNumber();
    }

    @Override
    boolean fails(CellSlot<?, ?> slot, Cell cell) {
      return true;
    }

    @Override
    void report(CellSlot<?, ?> slot, Cell cell, ConstraintValidatorContext context) {
      Finding.of(Rule.CELL_MISSING, slot.getPath())
          .read(slot.getPath(), cell)
          .param("value", cell.isMarker() ? "/" : "")
          .reportTo(context);
    }
  };

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    return walk.isValid(report, context);
  }
}
