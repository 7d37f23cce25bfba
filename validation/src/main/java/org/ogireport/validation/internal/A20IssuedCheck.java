package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2021Column.IN_FORCE;
import static org.ogireport.core.Disclosure2021Column.ISSUED;
import static org.ogireport.core.Disclosure2021Column.REPEALED;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2021;
import org.ogireport.core.TableLayout;

/** {@code A20-ISSUED}: edition 2021, item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数. */
final class A20IssuedCheck extends ReportCheck {

  private static final List<Disclosure2021Row> ROWS = Article20Rows.of2021(Article20Item.ITEM_1);
  private static final int[] ISSUED_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2021(), ROWS, ISSUED);
  private static final int[] IN_FORCE_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2021(), ROWS, IN_FORCE);
  private static final int[] REPEALED_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2021(), ROWS, REPEALED);

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    ProactiveDisclosure2021 table = ((Report2021) report).getProactiveDisclosure();
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int i = 0; i < ISSUED_AT.length; i++) {
      long issued = CellIndex.count(cells, ISSUED_AT[i]);
      long inForce = CellIndex.count(cells, IN_FORCE_AT[i]);
      long repealed = CellIndex.count(cells, REPEALED_AT[i]);
      if (ExactSums.compare(issued, 0, inForce, repealed) > 0) {
        valid = false;
        Disclosure2021Row row = ROWS.get(i);
        finding(table.getLayout().getSlot(row, ISSUED))
            .read(table, row, ISSUED)
            .read(table, row, IN_FORCE)
            .read(table, row, REPEALED)
            .sides(ExactSums.sides(issued, 0, inForce, repealed))
            .reportTo(context);
      }
    }
    return valid;
  }
}
