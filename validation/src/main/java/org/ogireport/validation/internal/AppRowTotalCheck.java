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

/** {@code APP-ROW-TOTAL}: in every row of table 三, 总计 = the six applicant columns. */
final class AppRowTotalCheck extends ReportCheck {

  /** Per edition (by ordinal), per row of its layout: the indices of the six parts. */
  private static final int[][][] PARTS = new int[Edition.values().length][][];
  /** Per edition, per row of its layout: the index of the 总计 cell. */
  private static final int[][] TOTALS = new int[Edition.values().length][];

  static {
    for (Edition edition : Edition.values()) {
      TableLayout<ApplicationRow, Applicant> layout = TableLayout.applications(edition);
      List<ApplicationRow> rows = layout.getRows();
      PARTS[edition.ordinal()] = new int[rows.size()][];
      TOTALS[edition.ordinal()] = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        PARTS[edition.ordinal()][i] = CellIndex.ofRow(layout, rows.get(i), Applicant.parts());
        TOTALS[edition.ordinal()][i] = CellIndex.of(layout, rows.get(i), Applicant.TOTAL);
      }
    }
  }

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Applications table = report.getApplications();
    List<Cell> cells = table.getCells();
    int[][] parts = PARTS[table.getEdition().ordinal()];
    int[] totals = TOTALS[table.getEdition().ordinal()];
    boolean valid = true;
    for (int i = ExactSums.firstMismatch(cells, totals, parts, 0); i >= 0;
        i = ExactSums.firstMismatch(cells, totals, parts, i + 1)) {
      long printed = CellIndex.count(cells, totals[i]);
      Sides sides = ExactSums.indexTotal(printed, cells, parts[i]);
      if (sides != null) {
        valid = false;
        ApplicationRow row = table.getLayout().getRows().get(i);
        finding(table.getLayout().getSlot(row, Applicant.TOTAL))
            .readRow(table, row, Applicant.parts())
            .read(table, row, Applicant.TOTAL)
            .sides(sides)
            .reportTo(context);
      }
    }
    return valid;
  }
}
