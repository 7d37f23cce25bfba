package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.CellKind;

/** How {@link RunSplitter} takes printed values apart into cells. */
class RunSplitterTest {

  private static List<String> splits(List<String> values, int cells) {
    return RunSplitter.split(values, Collections.nCopies(cells, CellKind.COUNT)).splits().stream()
        .map(s -> String.join(" ", s)).toList();
  }

  @Test
  void aSpaceIsABoundaryAndNoCellHasALeadingZero() {
    assertEquals(List.of("2 30 0 0 0 0 23", "23 0 0 0 0 0 23", "230 0 0 0 0 2 3"),
        splits(List.of("230", "000023"), 7));
  }
}
