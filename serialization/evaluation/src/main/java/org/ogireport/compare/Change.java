package org.ogireport.compare;

/**
 * How one cell (or one group of cells) changed from last year's report to this year's.
 *
 * <pre>{@code
 * comparison.getCell("applications.newReceived.total").orElseThrow().getChange();   // INCREASED
 * Change.INCREASED.getCssClass();                                                    // "ogi-up"
 * }</pre>
 */
public enum Change {
  /** Both years printed the same: the same number (amounts compared in value), or no number. */
  UNCHANGED("ogi-same", "未变", "unchanged"),
  /** Both years printed a number, this year's is larger. */
  INCREASED("ogi-up", "增加", "increased"),
  /** Both years printed a number, this year's is smaller. */
  DECREASED("ogi-down", "减少", "decreased"),
  /** One year printed a number, the other a blank or a marker ({@code /}). */
  NUMBER_MISSING("ogi-no-number", "一年无数字", "number missing in one year"),
  /**
   * The cell cannot be compared: the other year's form has no such cell (across the 2020→2021
   * edition change), or the amounts' units cannot be reconciled. The comparison's note says why.
   */
  NOT_COMPARABLE("ogi-not-comparable", "不可比", "not comparable");

  private final String cssClass;
  private final String chineseLabel;
  private final String code;

  Change(String cssClass, String chineseLabel, String code) {
    this.cssClass = cssClass;
    this.chineseLabel = chineseLabel;
    this.code = code;
  }

  /**
   * The class the HTML output gives a cell with this change, e.g. {@code ogi-up}.
   *
   * @return the CSS class
   */
  public String getCssClass() {
    return cssClass;
  }

  /**
   * The Chinese label, e.g. {@code 增加}.
   *
   * @return the label
   */
  public String getChineseLabel() {
    return chineseLabel;
  }

  /**
   * The code in JSON output, e.g. {@code increased}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Whether the cell differs between the years in a way a reader should see: increased,
   * decreased or a number missing in one year.
   *
   * @return whether it changed
   */
  public boolean isChanged() {
    return this == INCREASED || this == DECREASED || this == NUMBER_MISSING;
  }
}
