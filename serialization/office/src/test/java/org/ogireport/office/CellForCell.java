package org.ogireport.office;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;

/** The differences between two reports: organ, year, edition, and every cell of the tables. */
final class CellForCell {

  private CellForCell() {}

  /** Each difference as {@code path: expected ≠ actual}; empty when the reports agree. */
  static List<String> differences(AnnualReport expected, AnnualReport actual) {
    List<String> wrong = new ArrayList<>();
    if (!expected.getOrgan().equals(actual.getOrgan())) {
      wrong.add("organ: " + expected.getOrgan() + " ≠ " + actual.getOrgan());
    }
    if (expected.getYear() != actual.getYear()) {
      wrong.add("year: " + expected.getYear() + " ≠ " + actual.getYear());
    }
    if (expected.getEdition() != actual.getEdition()) {
      wrong.add("edition: " + expected.getEdition() + " ≠ " + actual.getEdition());
      return wrong;
    }
    for (int t = 0; t < expected.getTables().size(); t++) {
      Table<?, ?> want = expected.getTables().get(t);
      Table<?, ?> got = actual.getTables().get(t);
      for (CellSlot<?, ?> slot : want.getLayout().getSlots()) {
        Object w = want.getCells().get(slot.getIndex());
        Object g = got.getCells().get(slot.getIndex());
        if (!w.equals(g)) {
          wrong.add(slot.getPath() + ": " + w + " ≠ " + g);
        }
      }
    }
    return wrong;
  }
}
