package org.ogireport.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.TableId;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * One cell of the official tables, last year's and this year's side by side with the change; or
 * a group of cells compared by its sum where the two years' forms split it differently.
 *
 * <pre>{@code
 * CellComparison c = comparison.getCell("applications.newReceived.total").orElseThrow();
 * c.getLabel();                  // 表三 一、本年新收政府信息公开申请数量·总计
 * c.getPrevious().get().getText() + " → " + c.getCurrent().get().getText();   // 21 → 95
 * c.getChange();                 // INCREASED
 * c.getDifference();             // Optional[74]
 * c.getRelativeChange();         // Optional[3.5238]
 * }</pre>
 *
 * <p>A cell only one year's form has (across the 2020→2021 edition change) has one side and is
 * {@link Change#NOT_COMPARABLE}, its {@link #getNote() note} saying why. Immutable and
 * thread-safe.
 */
public final class CellComparison {

  private final TableId table;
  private final String path;
  private final String label;
  private final Side previous;
  private final Side current;
  private final Change change;
  private final BigDecimal difference;
  private final BigDecimal relativeChange;
  private final String note;
  private final List<Diagnostic> findings;

  CellComparison(TableId table, String path, String label, Side previous, Side current,
      Change change, BigDecimal difference, BigDecimal relativeChange, String note,
      List<Diagnostic> findings) {
    this.table = table;
    this.path = path;
    this.label = label;
    this.previous = previous;
    this.current = current;
    this.change = change;
    this.difference = difference;
    this.relativeChange = relativeChange;
    this.note = note;
    this.findings = List.copyOf(findings);
  }

  /**
   * The table the cell is in.
   *
   * @return the table
   */
  public TableId getTable() {
    return table;
  }

  /**
   * The JSON path of the cell, this year's where it has one, e.g.
   * {@code applications.newReceived.total}; for a group the path of the single row that one form
   * prints, e.g. {@code applications.outcomes.otherHandling.total}.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * The cell as a reader of the form names it, e.g. {@code 表三 一、本年新收政府信息公开申请数量·总计}.
   *
   * @return the label
   */
  public String getLabel() {
    return label;
  }

  /**
   * Last year's side.
   *
   * @return the side, or empty when last year's form has no such cell
   */
  public Optional<Side> getPrevious() {
    return Optional.ofNullable(previous);
  }

  /**
   * This year's side.
   *
   * @return the side, or empty when this year's form has no such cell
   */
  public Optional<Side> getCurrent() {
    return Optional.ofNullable(current);
  }

  /**
   * How the cell changed.
   *
   * @return the change
   */
  public Change getChange() {
    return change;
  }

  /**
   * Whether both years' forms have the cell (or group) and the values could be compared.
   *
   * @return whether the change is not {@link Change#NOT_COMPARABLE}
   */
  public boolean isComparable() {
    return change != Change.NOT_COMPARABLE;
  }

  /**
   * Whether this compares a group of cells by its sum (（六）其他处理 across the edition change).
   *
   * @return whether a side is a group
   */
  public boolean isGroup() {
    return (previous != null && previous.isGroup()) || (current != null && current.isGroup());
  }

  /**
   * This year's value minus last year's, exact, in the printed unit (in 元 when the two years
   * printed money in different units).
   *
   * @return the difference, or empty unless both years printed a number
   */
  public Optional<BigDecimal> getDifference() {
    return Optional.ofNullable(difference);
  }

  /**
   * The difference relative to last year's value, rounded half-even to four decimals (0.5 is 50%
   * more).
   *
   * @return the relative change, or empty when there is no difference or last year's value is 0
   */
  public Optional<BigDecimal> getRelativeChange() {
    return Optional.ofNullable(relativeChange);
  }

  /**
   * Why the cell cannot be compared, or how it was compared when the two forms label it
   * differently or it was compared as a group.
   *
   * @return the note, or empty
   */
  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  /**
   * The findings of the series rules on this cell, in either year.
   *
   * @return the findings, possibly empty
   */
  public List<Diagnostic> getFindings() {
    return findings;
  }

  /** For example {@code applications.newReceived.total 21 → 95 increased +74}. */
  @Override
  public String toString() {
    return path + " " + (previous == null ? "—" : previous.getText()) + " → "
        + (current == null ? "—" : current.getText()) + " " + change.getCode()
        + (difference == null ? "" : " " + Numbers.signed(difference));
  }
}
