package org.ogireport.validation.internal;

import static org.ogireport.core.ApplicationRow.CARRIED_FORWARD;
import static org.ogireport.core.ApplicationRow.CARRIED_OVER;
import static org.ogireport.core.ApplicationRow.NEW_RECEIVED;
import static org.ogireport.core.ApplicationRow.OUTCOME_TOTAL;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;

/**
 * {@code APP-BALANCE}: in every column of table 三, 一 + 二 = 三（七）总计 + 四, reported on 四
 * (the printed （七）总计 is used, so a wrong outcome total also shows here).
 */
final class AppBalanceCheck extends ReportCheck {

  private static final Applicant[] COLUMNS = Applicant.values();
  /** The rows read, received side first: 一, 二, then 三（七）, 四. */
  private static final List<ApplicationRow> READ =
      List.of(NEW_RECEIVED, CARRIED_OVER, OUTCOME_TOTAL, CARRIED_FORWARD);
  /** Per edition (by ordinal), per column: the indices of the {@link #READ} rows' cells. */
  private static final int[][][] INDICES = new int[Edition.values().length][COLUMNS.length][];

  static {
    for (Edition edition : Edition.values()) {
      TableLayout<ApplicationRow, Applicant> layout = TableLayout.applications(edition);
      for (Applicant column : COLUMNS) {
        INDICES[edition.ordinal()][column.ordinal()] = CellIndex.ofColumn(layout, READ, column);
      }
    }
  }

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Applications table = report.getApplications();
    List<Cell> cells = table.getCells();
    int[][] indices = INDICES[table.getEdition().ordinal()];
    boolean valid = true;
    for (int c = 0; c < COLUMNS.length; c++) {
      int[] at = indices[c];
      long newReceived = CellIndex.count(cells, at[0]);
      long carriedOver = CellIndex.count(cells, at[1]);
      long outcomeTotal = CellIndex.count(cells, at[2]);
      long carriedForward = CellIndex.count(cells, at[3]);
      if (ExactSums.compare(newReceived, carriedOver, outcomeTotal, carriedForward) != 0) {
        valid = false;
        Applicant column = COLUMNS[c];
        finding(table.getLayout().getSlot(CARRIED_FORWARD, column))
            .readColumn(table, READ, column)
            .sides(ExactSums.sides(newReceived, carriedOver, outcomeTotal, carriedForward))
            .reportTo(context);
      }
    }
    return valid;
  }
}
