package org.ogireport.validation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;
import org.ogireport.validation.ViolationDetails;

/**
 * The order of violations in a result: report fields first ({@code edition}, {@code year}), then
 * cells in printed order (table 二, 三, 四, each row by row), other paths last by name; within one
 * cell, catalogue order.
 */
public final class ViolationOrder {

  private static final List<String> REPORT_FIELDS = List.of("edition", "year");

  private ViolationOrder() {}

  /** The order for reports of an edition. */
  public static Comparator<ViolationDetails> of(Edition edition) {
    List<TableLayout<?, ?>> tables = List.of(
        edition == Edition.V2019
            ? TableLayout.proactiveDisclosure2019()
            : TableLayout.proactiveDisclosure2021(),
        TableLayout.applications(edition),
        TableLayout.reviewAndLitigation());
    Comparator<ViolationDetails> byPosition =
        Comparator.comparingInt(d -> position(tables, d.getPath()));
    return byPosition
        .thenComparing(ViolationDetails::getPath)
        .thenComparing(ViolationDetails::getRule);
  }

  private static int position(List<TableLayout<?, ?>> tables, String path) {
    int field = REPORT_FIELDS.indexOf(path);
    if (field >= 0) {
      return field;
    }
    int offset = REPORT_FIELDS.size();
    for (TableLayout<?, ?> table : tables) {
      Optional<? extends CellSlot<?, ?>> slot = table.findSlot(path);
      if (slot.isPresent()) {
        return offset + slot.get().getIndex();
      }
      offset += table.size();
    }
    return Integer.MAX_VALUE;
  }
}
