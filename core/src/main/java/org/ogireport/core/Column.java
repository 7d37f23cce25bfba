package org.ogireport.core;

/**
 * A column of a report table, implemented by the column enums ({@link Applicant},
 * {@link CaseResult}, {@link Disclosure2019Column}, {@link Disclosure2021Column}).
 */
public interface Column {

  /** The JSON name of the column, e.g. {@code naturalPerson}. */
  String getJsonName();

  /** The official Chinese label, e.g. {@code 自然人}. */
  String getLabel();

  /** What the column's cells hold. */
  CellKind getKind();
}
