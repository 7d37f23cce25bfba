package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;

/**
 * How many cells of a report an import got right, and which it got wrong.
 *
 * @param right cells equal to the source
 * @param total cells of the source
 * @param wrong the wrong cells, {@code path: expected ≠ actual}
 */
record CellScore(int right, int total, List<String> wrong) {

  /** The score of an import against the published report; a wrong edition gets every cell wrong. */
  static CellScore of(AnnualReport expected, AnnualReport actual) {
    int total = 0;
    for (Table<?, ?> t : expected.getTables()) {
      total += t.getLayout().size();
    }
    if (actual == null || actual.getEdition() != expected.getEdition()) {
      return new CellScore(0, total, List.of(actual == null ? "not imported" : "edition "
          + actual.getEdition()));
    }
    List<String> wrong = new ArrayList<>();
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
    return new CellScore(total - wrong.size(), total, wrong);
  }
}
