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

  /** {@return the row's JSON path under its table, e.g. {@code outcomes.withheld.stateSecret}} */
  String getJsonPath();

  /**
   * {@return the official numbering printed before the label, e.g. {@code 1.} or {@code （一）};
   * empty for a row printed without one}
   */
  String getNumbering();

  /** {@return the official Chinese label without numbering, e.g. {@code 属于国家秘密}} */
  String getLabel();

  /**
   * {@return the label of the group the row is printed under, e.g. {@code （三）不予公开},
   * {@code 行政诉讼} or {@code 第二十条第（一）项}; empty for a row under no group}
   */
  String getGroupLabel();

  /**
   * {@return the row's label as printed with the label of its group, e.g.
   * {@code （三）不予公开 1.属于国家秘密} or {@code 行政诉讼 复议后起诉}} It is unique within its table.
   */
  default String getQualifiedLabel() {
    String group = getGroupLabel();
    String own = getNumbering() + getLabel();
    return group.isEmpty() ? own : group + " " + own;
  }

  /** {@return the columns this row has, in printed order; never empty} */
  List<C> getColumns();

  /**
   * Checks whether the row belongs to an edition's form.
   *
   * @param edition the edition, not null
   * @return whether the edition's form prints this row
   */
  boolean isIn(Edition edition);
}
