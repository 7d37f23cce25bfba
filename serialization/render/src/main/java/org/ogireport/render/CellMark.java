package org.ogireport.render;

import java.util.Objects;

/**
 * A mark on one data cell of an HTML table: extra CSS classes, a tooltip, and a short note printed
 * under the cell's value, e.g. a year-over-year change.
 *
 * <pre>{@code
 * HtmlRenderer.fragment().renderTable(report.getApplications(), slot ->
 *     slot.getPath().equals("applications.newReceived.total")
 *         ? Optional.of(new CellMark("ogi-up", "2023: 21", "+74"))
 *         : Optional.empty());
 * // ... <td class="ogi-up" title="2023: 21">95<br><small>+74</small></td> ...
 * }</pre>
 *
 * @param cssClass one or more class names separated by spaces, not blank
 * @param title the tooltip ({@code title} attribute); empty for none
 * @param note a short text under the value; empty for none
 */
public record CellMark(String cssClass, String title, String note) {

  /**
   * Creates a mark, checking the parts.
   *
   * @param cssClass one or more class names separated by spaces, e.g. {@code ogi-up}; not blank
   * @param title the tooltip, e.g. {@code 2023: 21}; empty for none, not null
   * @param note a short text under the value, e.g. {@code +74}; empty for none, not null
   * @throws IllegalArgumentException when the class is blank
   * @throws NullPointerException when a part is null
   */
  public CellMark {
    Objects.requireNonNull(cssClass, "cssClass");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(note, "note");
    if (cssClass.isBlank()) {
      throw new IllegalArgumentException("a cell mark needs a CSS class");
    }
  }
}
