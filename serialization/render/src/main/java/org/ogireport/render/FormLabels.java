package org.ogireport.render;

import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.OutcomeGroup;
import org.ogireport.core.Row;

/**
 * The official labels the forms print, beyond those the row and column enums carry: the texts
 * of the form's own headers, and a row's label with the labels of the groups above it.
 *
 * <pre>{@code
 * FormLabels.qualifiedLabel(ApplicationRow.WITHHELD_STATE_SECRET);  // "（三）不予公开 1.属于国家秘密"
 * FormLabels.qualifiedLabel(Disclosure2021Row.LICENSING);           // "第二十条第（五）项 行政许可"
 * }</pre>
 */
public final class FormLabels {

  /** The top-left note of table 三 stating its balance. */
  public static final String BALANCE_NOTE =
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /** The header band over the columns of table 三. */
  public static final String APPLICANTS = "申请人情况";

  /** The header of the label column of each block of table 二. */
  public static final String CONTENT = "信息内容";

  /** The label spanning the outcome rows of table 三. */
  public static final String OUTCOMES = "三、" + OutcomeGroup.OUTCOMES_LABEL;

  private FormLabels() {}

  /**
   * A row's label as printed with the labels of the groups above it, separated by a space, e.g.
   * {@code （三）不予公开 1.属于国家秘密} or {@code 行政诉讼 复议后起诉}: unique within its table.
   * The same as {@link Row#getQualifiedLabel()}.
   *
   * @param row the row, not null
   * @return the label
   */
  public static String qualifiedLabel(Row<?> row) {
    return row.getQualifiedLabel();
  }

  /** The label of the group a row is printed under, or empty. */
  static String parentLabel(Row<?> row) {
    return row.getGroupLabel();
  }

  /** The Article 20 item of a row of table 二, of either edition. */
  static Article20Item article20Item(Row<?> row) {
    if (row instanceof Disclosure2019Row r) {
      return r.getItem();
    }
    if (row instanceof Disclosure2021Row r) {
      return r.getItem();
    }
    throw new IllegalArgumentException(row + " is not a row of table 二");
  }
}
