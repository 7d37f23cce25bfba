package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.office.PageGraphics.Ruling;
import org.ogireport.office.PdfText.Glyph;

/** Tables rebuilt from the lines drawn on a page: cells, merged cells, blank cells. */
class PdfTablesTest {

  private static Ruling across(float y, float from, float to) {
    return new Ruling(true, y, from, to);
  }

  private static Ruling down(float x, float from, float to) {
    return new Ruling(false, x, from, to);
  }

  private static Glyph glyph(String text, float x, float baseline) {
    return new Glyph(text, x, baseline, 8, 10);
  }

  /**
   * A table of three columns and three rows: the first row's cell spans the three columns (no
   * line between them), the first column's cell spans the lower two rows; one cell is blank.
   */
  @Test
  void linesMissingBetweenPlacesMergeThemAndEmptyCellsStayBlank() {
    List<Ruling> lines = new ArrayList<>(List.of(
        across(100, 0, 300), across(120, 0, 300), across(140, 100, 300), across(160, 0, 300),
        down(0, 100, 160), down(300, 100, 160),
        down(100, 120, 160), down(200, 120, 160)));
    // a border drawn in two pieces, as browsers paint them cell by cell
    lines.add(across(140, 100, 150));
    List<PdfTables.Table> tables = PdfTables.find(lines);
    assertEquals(1, tables.size());
    PdfTables.Table table = tables.get(0);
    for (Glyph g : List.of(glyph("标", 140, 115), glyph("题", 150, 115), glyph("组", 40, 145),
        glyph("7", 150, 135), glyph("8", 250, 135), glyph("9", 250, 155))) {
      assertEquals(true, table.add(g), g.text());
    }
    assertEquals(false, table.add(glyph("外", 400, 135)));
    assertEquals(List.of(
        List.of(new HtmlBlocks.Cell("标题", 1, 3)),
        List.of(new HtmlBlocks.Cell("组", 2, 1), new HtmlBlocks.Cell("7", 1, 1),
            new HtmlBlocks.Cell("8", 1, 1)),
        List.of(new HtmlBlocks.Cell("", 1, 1), new HtmlBlocks.Cell("9", 1, 1))),
        table.rows());
  }

  @Test
  void aShortRuleIsNoTable() {
    assertEquals(List.of(), PdfTables.find(List.of(across(50, 0, 300))));
    assertEquals(List.of(), PdfTables.find(List.of(
        across(50, 0, 5), across(55, 0, 5), down(0, 50, 55), down(5, 50, 55))));
  }

  @Test
  void aTableWithoutItsTopLineOnANewPageStartsWhereItsColumnLinesStart() {
    PdfTables.Table table = PdfTables.find(List.of(
        across(140, 0, 200), across(160, 0, 200),
        down(0, 120, 160), down(100, 120, 160), down(200, 120, 160))).get(0);
    table.add(glyph("续", 10, 135));
    table.add(glyph("5", 150, 135));
    assertEquals(List.of(new HtmlBlocks.Cell("续", 1, 1), new HtmlBlocks.Cell("5", 1, 1)),
        table.rows().get(0));
  }
}
