package org.ogireport.core.analysis;

import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Edition;
import org.ogireport.core.Row;
import org.ogireport.core.Table;

/** Helpers shared by the analysis types: naming a report, exact sums, building a report from cells. */
final class Reports {

  private Reports() {}

  /** A report as named in messages: {@code 某某局 (2023, edition 2021)}. */
  static String describe(AnnualReport report) {
    return report.getOrgan() + " (" + report.getYear() + ", edition "
        + report.getEdition().getCode() + ")";
  }

  /**
   * A report of an edition from the cells of its three tables, in the order of
   * {@link AnnualReport#getTables()} (二, 三, 四), each in layout order.
   */
  static AnnualReport assemble(
      Edition edition, String organ, int year, List<? extends List<? extends Cell>> tables) {
    return AnnualReport.builder(edition).organ(organ).year(year).tables(tables).build();
  }

  /**
   * The exact sum of the given rows × columns of a table, cells without a number counting as 0.
   *
   * @throws ArithmeticException when the sum overflows a {@code long}, naming the table and row
   */
  static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> long sum(Table<R, C> table, List<R> rows, List<C> columns) {
    long total = 0;
    for (R row : rows) {
      for (C column : columns) {
        long value = table.getCount(row, column).orZero();
        try {
          total = Math.addExact(total, value);
        } catch (ArithmeticException e) {
          throw new ArithmeticException(
              "the sum over " + table.getLayout().getSlot(row, column).getPath()
                  + " and the cells before it overflows a long");
        }
      }
    }
    return total;
  }
}
