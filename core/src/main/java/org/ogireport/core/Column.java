package org.ogireport.core;

/**
 * A column of a report table, implemented by the column enums ({@link Applicant},
 * {@link CaseResult}, {@link Disclosure2019Column}, {@link Disclosure2021Column}).
 */
public interface Column {

  /** {@return the JSON name of the column, e.g. {@code naturalPerson}} */
  String getJsonName();

  /** {@return the official Chinese label, e.g. {@code 自然人}} */
  String getLabel();

  /** {@return what the column's cells hold} */
  CellKind getKind();

  /**
   * The money unit the form prints in the column's header, e.g. 万元 for 2021's
   * 本年收费金额（单位：万元）: amounts in that unit are printed without it.
   *
   * @return the unit, or empty where the header states none (every count column, 2019's 采购总金额)
   */
  default java.util.Optional<MoneyUnit> getHeaderUnit() {
    return java.util.Optional.empty();
  }
}
