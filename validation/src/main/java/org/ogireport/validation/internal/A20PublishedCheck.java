package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2019Column.NEWLY_PUBLISHED;
import static org.ogireport.core.Disclosure2019Column.TOTAL_PUBLISHED;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.Report2019;
import org.ogireport.core.TableLayout;

/** {@code A20-PUBLISHED}: edition 2019, item （一）: 本年新公开数量 ≤ 对外公开总数量. */
final class A20PublishedCheck extends ReportCheck {

  private static final List<Disclosure2019Row> ROWS = Article20Rows.of2019(Article20Item.ITEM_1);
  private static final int[] PUBLISHED_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2019(), ROWS, NEWLY_PUBLISHED);
  private static final int[] TOTAL_AT =
      CellIndex.ofColumn(TableLayout.proactiveDisclosure2019(), ROWS, TOTAL_PUBLISHED);

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    ProactiveDisclosure2019 table = ((Report2019) report).getProactiveDisclosure();
    List<Cell> cells = table.getCells();
    boolean valid = true;
    for (int i = 0; i < PUBLISHED_AT.length; i++) {
      long published = CellIndex.count(cells, PUBLISHED_AT[i]);
      long total = CellIndex.count(cells, TOTAL_AT[i]);
      if (published > total) {
        valid = false;
        Disclosure2019Row row = ROWS.get(i);
        finding(table.getLayout().getSlot(row, NEWLY_PUBLISHED))
            .read(table, row, NEWLY_PUBLISHED)
            .read(table, row, TOTAL_PUBLISHED)
            .sides(published, total)
            .reportTo(context);
      }
    }
    return valid;
  }
}
