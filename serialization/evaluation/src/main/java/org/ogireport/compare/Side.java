package org.ogireport.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.Amount;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.render.CellText;

/**
 * One year's side of a {@link CellComparison}: the cell as that year's report printed it, or, for
 * a group compared as a whole across the edition change, the cells of the group and their sum.
 *
 * <pre>{@code
 * Side last = comparison.getPrevious().orElseThrow();
 * last.getYear();     // 2023
 * last.getValue();    // Optional[21]
 * last.getText();     // "21"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Side {

  private final int year;
  private final Edition edition;
  private final List<CellSlot<?, ?>> slots;
  private final List<Cell> cells;

  Side(int year, Edition edition, List<CellSlot<?, ?>> slots, List<Cell> cells) {
    this.year = year;
    this.edition = edition;
    this.slots = List.copyOf(slots);
    this.cells = List.copyOf(cells);
  }

  /**
   * The report year of this side.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * The edition of that year's form.
   *
   * @return the edition
   */
  public Edition getEdition() {
    return edition;
  }

  /**
   * The cells' slots in that year's form: one, or the members of a group.
   *
   * @return the slots, not empty
   */
  public List<CellSlot<?, ?>> getSlots() {
    return slots;
  }

  /**
   * The cells as printed, in the order of {@link #getSlots()}.
   *
   * @return the cells
   */
  public List<Cell> getCells() {
    return cells;
  }

  /**
   * Whether this side is a group of several cells compared by their sum.
   *
   * @return whether it has more than one cell
   */
  public boolean isGroup() {
    return cells.size() > 1;
  }

  /**
   * The number printed, or for a group the sum of the numbers printed (a cell without a number
   * counting as 0, as in the rules), in the printed unit for money.
   *
   * @return the value, or empty when no cell printed a number
   */
  public Optional<BigDecimal> getValue() {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (Cell cell : cells) {
      if (cell.isNumber()) {
        sum = sum.add(cell.toDecimalOrZero());
        any = true;
      }
    }
    return any ? Optional.of(sum) : Optional.empty();
  }

  /**
   * The unit of a money cell as printed.
   *
   * @return the unit, or empty for counts and amounts printed without a unit
   */
  public Optional<MoneyUnit> getUnit() {
    return cells.get(0) instanceof Amount amount ? amount.getUnit() : Optional.empty();
  }

  /**
   * Whether the side holds money.
   *
   * @return whether its cell is an {@link Amount}
   */
  public boolean isMoney() {
    return cells.get(0) instanceof Amount;
  }

  /**
   * The side as printed: the cell's text ({@code 21}, {@code 7730.28万元}, {@code /}, or empty for a
   * blank), or for a group its sum.
   *
   * @return the text
   */
  public String getText() {
    return isGroup()
        ? getValue().map(BigDecimal::toPlainString).orElse("")
        : CellText.of(cells.get(0));
  }
}
