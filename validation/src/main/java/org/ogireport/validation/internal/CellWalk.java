package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;

/**
 * The walk over every cell of a report's three tables that the single-cell rules
 * ({@code CELL-NEGATIVE}, {@code CELL-MISSING}) share: each rule scans a table for the next cell
 * that may fail it ({@link #nextSuspect}), and only such a cell is looked at in its slot and
 * reported. No iterator, no slot lookup and no allocation while every cell passes.
 *
 * <p>The scan is each rule's own loop, not a shared loop calling a per-cell test: measured
 * through Hibernate Validator, a shared loop calling a test per cell (two implementations, plus
 * {@code Amount.isNegative} on money cells) took 180 ns a walk in some JVM runs and 470 ns in
 * others, as the JIT inlined the calls or not; a loop that calls nothing keeps the list's fields
 * in registers whatever the JIT decides.
 */
abstract class CellWalk {

  /**
   * The index of the first cell from {@code from} on that may fail the rule, judged from the
   * cell alone (a rule may call every {@code Amount} suspect and judge it in {@link #fails}), or
   * -1. Write it as a loop that calls no method of another class than {@code Count}.
   */
  abstract int nextSuspect(List<Cell> cells, int from);

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
    for (int i = nextSuspect(cells, 0); i >= 0; i = nextSuspect(cells, i + 1)) {
      CellSlot<?, ?> slot = table.getLayout().getSlots().get(i);
      Cell cell = cells.get(i);
      if (fails(slot, cell)) {
        valid = false;
        report(slot, cell, context);
      }
    }
    return valid;
  }
}
