package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Sides;

/** {@code APP-OUTCOME-TOTAL}: in every column of table 三, （七）总计 = the outcome rows. */
final class AppOutcomeTotalCheck extends ReportCheck {

  private static final Applicant[] COLUMNS = Applicant.values();
  /** Per edition (by ordinal), per column: the indices of the outcome rows' cells. */
  private static final int[][][] OUTCOMES = new int[Edition.values().length][COLUMNS.length][];
  /** Per edition, per column: the index of the （七）总计 cell. */
  private static final int[][] TOTALS = new int[Edition.values().length][COLUMNS.length];

  static {
    for (Edition edition : Edition.values()) {
      TableLayout<ApplicationRow, Applicant> layout = TableLayout.applications(edition);
      for (Applicant column : COLUMNS) {
        OUTCOMES[edition.ordinal()][column.ordinal()] =
            CellIndex.ofColumn(layout, ApplicationRow.outcomes(edition), column);
        TOTALS[edition.ordinal()][column.ordinal()] =
            CellIndex.of(layout, ApplicationRow.OUTCOME_TOTAL, column);
      }
    }
  }

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Applications table = report.getApplications();
    List<Cell> cells = table.getCells();
    int[][] outcomes = OUTCOMES[table.getEdition().ordinal()];
    int[] totals = TOTALS[table.getEdition().ordinal()];
    boolean valid = true;
    for (int c = ExactSums.firstMismatch(cells, totals, outcomes, 0); c >= 0;
        c = ExactSums.firstMismatch(cells, totals, outcomes, c + 1)) {
      long printed = CellIndex.count(cells, totals[c]);
      Sides sides = ExactSums.indexTotal(printed, cells, outcomes[c]);
      if (sides != null) {
        valid = false;
        Applicant column = COLUMNS[c];
        finding(table.getLayout().getSlot(ApplicationRow.OUTCOME_TOTAL, column))
            .readColumn(table, ApplicationRow.outcomes(table.getEdition()), column)
            .read(table, ApplicationRow.OUTCOME_TOTAL, column)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
