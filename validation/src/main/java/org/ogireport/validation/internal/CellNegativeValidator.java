package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.constraints.CellNegative;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/** {@code CELL-NEGATIVE}: no {@code COUNT} or {@code MONEY} cell is negative (signed changes may be). */
public final class CellNegativeValidator
    implements ConstraintValidator<CellNegative, AnnualReport> {

  private final CellWalk walk = new CellWalk() {
    @Override
    boolean suspect(Cell cell) {
      return cell.isNegative();
    }

    @Override
    boolean fails(CellSlot<?, ?> slot, Cell cell) {
      return slot.getKind() != CellKind.SIGNED_COUNT;
    }

    @Override
    void report(CellSlot<?, ?> slot, Cell cell, ConstraintValidatorContext context) {
      Finding.of(Rule.CELL_NEGATIVE, slot.getPath())
          .read(slot.getPath(), cell)
          .sides(Sides.of(cell.toDecimalOrZero(), BigDecimal.ZERO))
          .param("value", cell)
          .reportTo(context);
    }
  };

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    return walk.isValid(report, context);
  }
}
