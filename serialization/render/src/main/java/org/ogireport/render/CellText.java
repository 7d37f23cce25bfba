package org.ogireport.render;

import org.ogireport.core.Amount;
import org.ogireport.core.Cell;
import org.ogireport.core.Count;

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

  /** The printed text of a cell. */
  public static String of(Cell cell) {
    return switch (cell.getState()) {
      case BLANK -> "";
      case MARKER -> MARKER;
      case NUMBER -> number(cell);
    };
  }

  private static String number(Cell cell) {
    if (cell instanceof Count count) {
      return Long.toString(count.getValue());
    }
    Amount amount = (Amount) cell;
    return amount.getValue().toPlainString()
        + amount.getUnit().map(u -> u.getLabel()).orElse("");
  }
}
