package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.Edition;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Thresholds;

/**
 * What the series rules share: paths prefixed with the year, and when a rule does not apply to a
 * pair of years (and why), stated once for the validators and for the result's skipped list.
 */
public final class SeriesSteps {

  private SeriesSteps() {}

  /** A JSON path within one year's report, e.g. {@code 2024:applications.carriedOver.total}. */
  public static String path(AnnualReport report, String path) {
    return report.getYear() + ":" + path;
  }

  /** Whether a series rule compares this pair of years. */
  public static boolean applies(Rule rule, YearStep step) {
    return rule.appliesTo(step.getPrevious().getEdition())
        && rule.appliesTo(step.getCurrent().getEdition())
        && skipReason(rule, step).isEmpty();
  }

  /**
   * Why a series rule is skipped for a pair of years it would otherwise compare, or empty: across
   * the edition change, a rule that needs one edition in both years (SERIES-IN-FORCE needs 2021,
   * SERIES-PROJECTS 2019); for SERIES-COPIED-PROBLEMS a section 五 missing or too short. A rule
   * about the other edition on a pair of one edition (SERIES-IN-FORCE on 2019→2020) is not
   * skipped but simply has nothing to compare: no reason is given.
   */
  public static Optional<String> skipReason(Rule rule, YearStep step) {
    AnnualReport previous = step.getPrevious();
    AnnualReport current = step.getCurrent();
    boolean covered = rule.appliesTo(previous.getEdition()) && rule.appliesTo(current.getEdition());
    if (!covered) {
      return step.isEditionChange()
          ? Optional.of(previous.getYear() + " follows edition " + previous.getEdition().getCode()
              + " and " + current.getYear() + " edition " + current.getEdition().getCode() + ": "
              + rule.getId() + " compares two years of edition " + editions(rule))
          : Optional.empty();
    }
    if (rule == Rule.SERIES_COPIED_PROBLEMS) {
      for (AnnualReport report : List.of(previous, current)) {
        Optional<String> text = report.getSections().getProblems();
        if (text.isEmpty()) {
          return Optional.of("the " + report.getYear() + " report has no section 五");
        }
        int length = Narrative.of(text.get()).getLength();
        if (length < Thresholds.COPIED_PROBLEMS_MIN_CHARACTERS) {
          return Optional.of("section 五 of the " + report.getYear() + " report has " + length
              + " characters, fewer than the " + Thresholds.COPIED_PROBLEMS_MIN_CHARACTERS
              + " compared");
        }
      }
    }
    return Optional.empty();
  }

  private static String editions(Rule rule) {
    StringBuilder codes = new StringBuilder();
    for (Edition e : rule.getEditions()) {
      codes.append(codes.length() == 0 ? "" : " or ").append(e.getCode());
    }
    return codes.toString();
  }

  /** Records the cells of one row of a year's table, under year-prefixed paths. */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void read(
      Map<String, Cell> read, AnnualReport report, Table<R, C> table, R row, List<C> columns) {
    for (C column : columns) {
      read.put(path(report, table.getLayout().getSlot(row, column).getPath()),
          table.get(row, column));
    }
  }

  /**
   * Reports that this year's cell is not what last year's report implies.
   *
   * @param rule the series rule
   * @param step the two years
   * @param cellPath the path of this year's cell within its report
   * @param cell this year's cell (the left side)
   * @param expected what last year's cells imply (the right side)
   * @param read every cell read, year-prefixed path to cell, this year's included
   */
  static void report(Rule rule, YearStep step, String cellPath, Cell cell, long expected,
      Map<String, Cell> read, ConstraintValidatorContext context) {
    Finding finding = Finding.of(rule, path(step.getCurrent(), cellPath));
    read.forEach(finding::read);
    finding.sides(((Count) cell).orZero(), expected)
        .param("year", step.getCurrent().getYear())
        .param("previousYear", step.getPrevious().getYear())
        .reportTo(context);
  }
}
