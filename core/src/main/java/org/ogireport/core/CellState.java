package org.ogireport.core;

/** What a published cell held: a number, nothing, or a marker such as {@code /}. */
public enum CellState {
  /** A number was printed. */
  NUMBER,
  /** The cell was left blank ({@code null} in JSON). */
  BLANK,
  /** A marker was printed instead of a number: {@code /}, {@code -}, {@code —} or {@code 无} ({@code "/"} in JSON). */
  MARKER
}
