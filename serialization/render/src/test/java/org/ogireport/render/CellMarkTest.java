package org.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Column;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;
import org.ogireport.testing.ReportGenerator;

class CellMarkTest {

  private static final Pattern TD = Pattern.compile("<td([^>]*)>([^<]*)(?:<br><small>([^<]*)</small>)?</td>");

  @Test
  void everyDataCellGetsTheMarkOfItsOwnSlotInBothEditions() {
    ReportGenerator generator = new ReportGenerator(7L);
    for (Edition edition : Edition.values()) {
      AnnualReport report = generator.next(edition);
      for (Table<?, ?> table : report.getTables()) {
        String html = HtmlRenderer.fragment().renderTable(table, slot -> Optional.of(
            new CellMark("ogi-x", slot.getPath(), "#" + slot.getIndex())));
        Matcher td = TD.matcher(html);
        List<? extends CellSlot<?, ?>> slots = table.getLayout().getSlots();
        int n = 0;
        while (td.find()) {
          CellSlot<?, ?> slot = slots.get(n);
          assertEquals(" class=\"ogi-x\" title=\"" + slot.getPath() + "\"",
              td.group(1).replaceAll(" colspan=\"\\d+\"", ""));
          assertEquals(CellText.of(table.getCells().get(slot.getIndex()), (Column) slot.getColumn()),
              td.group(2), slot.getPath());
          assertEquals("#" + n, td.group(3));
          n++;
        }
        assertEquals(slots.size(), n, table.getLayout().toString());
      }
    }
  }

  @Test
  void unmarkedCellsRenderAsWithoutMarksAndTextIsEscaped() {
    AnnualReport report = new ReportGenerator(8L).next(Edition.V2021);
    Table<?, ?> table = report.getReviewAndLitigation();
    assertEquals(HtmlRenderer.fragment().renderTable(table),
        HtmlRenderer.fragment().renderTable(table, slot -> Optional.empty()));
    String html = HtmlRenderer.fragment().renderTable(table, slot -> slot.getIndex() == 0
        ? Optional.of(new CellMark("a b", "", "<1>")) : Optional.empty());
    assertEquals(1, html.split("<td class=\"a b\">", -1).length - 1);
    assertEquals(1, html.split("<small>&lt;1&gt;</small>", -1).length - 1);
  }

  @Test
  void aMarkNeedsAClass() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CellMark(" ", "", ""));
    assertEquals("a cell mark needs a CSS class", e.getMessage());
  }
}
