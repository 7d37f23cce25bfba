package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;

/**
 * The walk over every cell of a report's three tables that the single-cell rules
 * ({@code CELL-NEGATIVE}, {@code CELL-MISSING}) share: index loops over the cells, no iterator,
 * no slot lookup and no allocation while every cell passes the cheap {@link #suspect} test.
 */
abstract class CellWalk {

  /** Whether the cell may fail the rule, from the cell alone; false means it passes. */
  abstract boolean suspect(Cell cell);

  /** Whether a suspect cell fails the rule in its slot. */
  abstract boolean fails(CellSlot<?, ?> slot, Cell cell);

  /** Reports the failing cell. */
  abstract void report(CellSlot<?, ?> slot, Cell cell, ConstraintValidatorContext context);

  final boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    return walk(report.getProactiveDisclosure(), context)
        & walk(report.getApplications(), context)
        & walk(report.getReviewAndLitigation(), context);
  }

  private boolean walk(Table<?, ?> table, ConstraintValidatorContext context) {
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (suspect(cell)) {
        CellSlot<?, ?> slot = table.getLayout().getSlots().get(i);
        if (fails(slot, cell)) {
          valid = false;
          report(slot, cell, context);
        }
      }
    }
    return valid;
  }
}
