package org.ogireport.core;

import java.util.List;

/**
 * A data row of a report table, implemented by the row enums ({@link ApplicationRow},
 * {@link CaseBlock}, {@link Disclosure2019Row}, {@link Disclosure2021Row}).
 *
 * <p>Never use {@code ordinal()} as the official number: {@link #getNumbering()} is.
 *
 * @param <C> the column enum of the table
 */
public interface Row<C extends Enum<C> & Column> {

  /** The row's JSON path under its table, e.g. {@code outcomes.withheld.stateSecret}. */
  String getJsonPath();

  /** The official numbering printed before the label, e.g. {@code 1.} or {@code （一）}; may be empty. */
  String getNumbering();

  /** The official Chinese label without numbering, e.g. {@code 属于国家秘密}. */
  String getLabel();

  /**
   * The label of the group the row is printed under, e.g. {@code （三）不予公开},
   * {@code 行政诉讼} or {@code 第二十条第（一）项}; empty for a row under no group.
   */
  String getGroupLabel();

  /**
   * The row's label as printed with the label of its group, e.g. {@code （三）不予公开 1.属于国家秘密}
   * or {@code 行政诉讼 复议后起诉}: unique within its table.
   */
  default String getQualifiedLabel() {
    String group = getGroupLabel();
    String own = getNumbering() + getLabel();
    return group.isEmpty() ? own : group + " " + own;
  }

  /** The columns this row has, in printed order. */
  List<C> getColumns();

  /** Whether the row belongs to the given edition's form. */
  boolean isIn(Edition edition);
}
