package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.diagnostic.Location;

/**
 * The check of a series rule: compares a pair of consecutive years, run by
 * {@link SeriesRulesValidator} on every pair it {@link #applies applies} to.
 */
abstract class SeriesCheck extends Check {

  /**
   * Checks one pair of years, reporting each failure on this year's report.
   *
   * @param step the two years
   * @param index the index of this year's report in the series
   * @param context where findings are reported
   * @return whether the pair passes
   */
  abstract boolean check(YearStep step, int index, ConstraintValidatorContext context);

  /** Whether both years follow an edition the rule applies to. */
  final boolean covers(YearStep step) {
    return rule.appliesTo(step.getPrevious().getEdition())
        && rule.appliesTo(step.getCurrent().getEdition());
  }

  /** Whether the rule compares this pair of years. */
  final boolean applies(YearStep step) {
    return covers(step) && skip(step).isEmpty();
  }

  /**
   * Why the rule is not applied to a pair it would otherwise compare, or empty: across the
   * edition change, a rule that needs one edition in both years (SERIES-IN-FORCE needs 2021,
   * SERIES-PROJECTS 2019). A rule about the other edition on a pair of one edition
   * (SERIES-IN-FORCE on 2019→2020) is not skipped but has nothing to compare: no reason.
   * Checks with conditions of their own add them.
   */
  Optional<SeriesSkip> skip(YearStep step) {
    return !covers(step) && step.isEditionChange()
        ? Optional.of(SeriesSkip.editionChange(rule, step))
        : Optional.empty();
  }

  /** A finding on this year's cell, in year {@code index} of the series. */
  final Finding finding(YearStep step, int index, CellSlot<?, ?> slot) {
    return finding(Location.of(slot).inYear(step.getCurrent().getYear())).inReport(index);
  }

  /** Records the cells of one row of a year's table, each with its year. */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void read(
      Finding finding, AnnualReport report, Table<R, C> table, R row, List<C> columns) {
    for (C column : columns) {
      finding.read(Location.of(table.getLayout().getSlot(row, column)).inYear(report.getYear()),
          table.get(row, column));
    }
  }

  /**
   * Reports that this year's cell is not what last year's report implies: the cell (left side)
   * against what last year's cells imply (right side).
   */
  static void report(Finding finding, YearStep step, Cell cell, long expected,
      ConstraintValidatorContext context) {
    finding.sides(((Count) cell).orZero(), expected)
        .param("year", step.getCurrent().getYear())
        .param("previousYear", step.getPrevious().getYear())
        .reportTo(context);
  }
}
