package org.ogireport.core.rules;

import java.math.BigInteger;
import java.util.List;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Article20Item;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Column;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Row;

/** The row formulas of the catalogue ({@link Rule#holdsInRow}), exact for any {@code long}. */
final class RowFormulas {

  private RowFormulas() {}

  /** APP-ROW-TOTAL: 总计 = the six applicant columns. */
  static boolean rowTotal(Row<?> row, long[] values) {
    return !(row instanceof ApplicationRow)
        || total(row, values, Applicant.TOTAL, Applicant.parts());
  }

  /** LIT-TOTAL: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  static boolean blockTotal(Row<?> row, long[] values) {
    return !(row instanceof CaseBlock) || total(row, values, CaseResult.TOTAL, CaseResult.parts());
  }

  /** A20-PUBLISHED: 本年新公开数量 ≤ 对外公开总数量, in the rows of item （一）. */
  static boolean published(Row<?> row, long[] values) {
    return !(row instanceof Disclosure2019Row r && r.getItem() == Article20Item.ITEM_1)
        || value(row, values, Disclosure2019Column.NEWLY_PUBLISHED)
            <= value(row, values, Disclosure2019Column.TOTAL_PUBLISHED);
  }

  /** A20-ISSUED: 本年制发件数 ≤ 现行有效件数 + 本年废止件数, in the rows of item （一）. */
  static boolean issued(Row<?> row, long[] values) {
    return !(row instanceof Disclosure2021Row r && r.getItem() == Article20Item.ITEM_1)
        || exact(value(row, values, Disclosure2021Column.ISSUED)).compareTo(
            exact(value(row, values, Disclosure2021Column.IN_FORCE))
                .add(exact(value(row, values, Disclosure2021Column.REPEALED)))) <= 0;
  }

  /** A20-PROJECTS: 上一年项目数量 + 本年增/减 ≥ 0, in the rows with a 本年增/减 column. */
  static boolean projects(Row<?> row, long[] values) {
    return !(row instanceof Disclosure2019Row r && r.getColumns().contains(Disclosure2019Column.CHANGE))
        || exact(value(row, values, Disclosure2019Column.PREVIOUS_YEAR))
            .add(exact(value(row, values, Disclosure2019Column.CHANGE))).signum() >= 0;
  }

  private static boolean total(Row<?> row, long[] values, Column total, List<? extends Column> parts) {
    BigInteger sum = BigInteger.ZERO;
    for (Column part : parts) {
      sum = sum.add(exact(value(row, values, part)));
    }
    return sum.equals(exact(value(row, values, total)));
  }

  private static long value(Row<?> row, long[] values, Column column) {
    return values[row.getColumns().indexOf(column)];
  }

  private static BigInteger exact(long value) {
    return BigInteger.valueOf(value);
  }
}
