package org.ogireport.render;

import java.util.Objects;

/**
 * One cell of a {@link FormGrid}, placed where it starts.
 *
 * @param text the text as printed, never null; empty for a blank cell
 * @param rowSpan the number of rows it covers, at least 1
 * @param colSpan the number of columns it covers, at least 1
 * @param role what the cell is on the form
 */
public record FormCell(String text, int rowSpan, int colSpan, Role role) {

  /** What a grid cell is on the form. */
  public enum Role {
    /** A column header or a block caption. */
    HEADER,
    /** A row label (numbering and label, or a group label spanning its rows). */
    LABEL,
    /** A cell of the report's data. */
    DATA
  }

  /**
   * Creates a cell, checking the spans and the text.
   *
   * @param text the text as printed, not null; empty for a blank cell
   * @param rowSpan the number of rows it covers, at least 1
   * @param colSpan the number of columns it covers, at least 1
   * @param role what the cell is on the form, not null
   * @throws IllegalArgumentException when a span is below 1, naming both
   * @throws NullPointerException when the text or the role is null
   */
  public FormCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    if (rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException(
          "spans must be at least 1, got rowSpan " + rowSpan + " and colSpan " + colSpan);
    }
  }

  static FormCell header(String text, int rowSpan, int colSpan) {
    return new FormCell(text, rowSpan, colSpan, Role.HEADER);
  }

  static FormCell label(String text, int rowSpan, int colSpan) {
    return new FormCell(text, rowSpan, colSpan, Role.LABEL);
  }

  static FormCell data(String text, int colSpan) {
    return new FormCell(text, 1, colSpan, Role.DATA);
  }
}
