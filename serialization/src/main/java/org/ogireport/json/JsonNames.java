package org.ogireport.json;

/**
 * The JSON names of the report object that no model enum carries (tables, rows, columns and
 * sections carry their own), and the marker string. Reader and writer both use these.
 */
final class JsonNames {

  static final String EDITION = "edition";
  static final String ORGAN = "organ";
  static final String YEAR = "year";
  static final String PUBLISHED_ON = "publishedOn";
  static final String SECTIONS = "sections";
  static final String MONEY_VALUE = "value";
  static final String MONEY_UNIT = "unit";
  /** A cell that printed a marker ({@code /}, {@code -}, {@code —}, {@code 无}). */
  static final String MARKER = "/";

  private JsonNames() {}
}
