package org.ogireport.render;

import org.ogireport.core.Amount;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.MoneyUnit;
import java.util.Optional;

/**
 * The text of a cell as the report prints it: the number; nothing for a blank; {@code /} for a
 * marker; money as value and unit ({@code 91.82万元}), a bare number where the unit is unknown.
 *
 * <pre>{@code
 * CellText.of(Count.of(8));                                               // "8"
 * CellText.of(Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN));    // "91.82万元"
 * CellText.of(Count.marker());                                            // "/"
 * }</pre>
 */
public final class CellText {

  /** The text printed for a marker cell. */
  public static final String MARKER = "/";

  private CellText() {}

  /**
   * The printed text of a cell, with the money unit after an amount.
   *
   * @param cell the cell, not null
   * @return the text
   */
  public static String of(Cell cell) {
    return of(cell, Optional.empty());
  }

  /**
   * The printed text of a cell under a column's header: an amount in the unit the header already
   * states ({@code 本年收费金额（单位：万元）}) is printed without it ({@code 7730.28}).
   *
   * @param cell the cell, not null
   * @param column the cell's column, not null
   * @return the text
   */
  public static String of(Cell cell, Column column) {
    return of(cell, column.getHeaderUnit());
  }

  private static String of(Cell cell, Optional<MoneyUnit> headerUnit) {
    return switch (cell.getState()) {
      case BLANK -> "";
      case MARKER -> MARKER;
      case NUMBER -> number(cell, headerUnit);
    };
  }

  private static String number(Cell cell, Optional<MoneyUnit> headerUnit) {
    if (cell instanceof Count count) {
      return Long.toString(count.getValue());
    }
    Amount amount = (Amount) cell;
    String unit = amount.getUnit().filter(u -> !headerUnit.equals(Optional.of(u)))
        .map(MoneyUnit::getLabel).orElse("");
    return amount.getValue().toPlainString() + unit;
  }
}
