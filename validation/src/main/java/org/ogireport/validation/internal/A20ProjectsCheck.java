package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2019Column.CHANGE;
import static org.ogireport.core.Disclosure2019Column.PREVIOUS_YEAR;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.Report2019;
import org.ogireport.core.TableLayout;

/**
 * {@code A20-PROJECTS}: edition 2019, items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0, in every
 * row that has a 本年增/减 column.
 */
final class A20ProjectsCheck extends ReportCheck {

  private static final List<Disclosure2019Row> ROWS = rowsWithChange();
  private static final int[] PREVIOUS_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2019(), ROWS, PREVIOUS_YEAR);
  private static final int[] CHANGE_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2019(), ROWS, CHANGE);

  private static List<Disclosure2019Row> rowsWithChange() {
    List<Disclosure2019Row> rows = new ArrayList<>();
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getColumns().contains(CHANGE)) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    ProactiveDisclosure2019 table = ((Report2019) report).getProactiveDisclosure();
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int i = 0; i < CHANGE_AT.length; i++) {
      long previous = CellIndex.count(cells, PREVIOUS_AT[i]);
      long change = CellIndex.count(cells, CHANGE_AT[i]);
      if (ExactSums.compare(previous, change, 0, 0) < 0) {
        valid = false;
        Disclosure2019Row row = ROWS.get(i);
        finding(table.getLayout().getSlot(row, CHANGE))
            .read(table, row, PREVIOUS_YEAR)
            .read(table, row, CHANGE)
            .sides(ExactSums.sides(previous, change, 0, 0))
            .reportTo(context);
      }
    }
    return valid;
  }
}
