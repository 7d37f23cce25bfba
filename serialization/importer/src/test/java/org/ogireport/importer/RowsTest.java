package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Rows} turns lines into labels and cell values, blanks and spans included. */
class RowsTest {

  private static List<SourceLine> lines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length; i++) {
      lines.add(SourceLine.of(i + 1, split[i]));
    }
    return lines;
  }

  private static List<String> values(Rows.RawRow row) {
    return row.values().stream().map(Token::text).toList();
  }

  @Test
  void anEmptyLineIsABlankCellWhereCellsFollowEachOtherLineByLine() {
    List<Rows.RawRow> rows = Rows.of(lines("规章\n1\n\n3\n规范性文件\n4\n5\n\n行政许可\n7\n8\n9"));
    assertEquals(List.of("1", "", "3"), values(rows.get(0)));
    assertEquals(List.of("4", "5", ""), values(rows.get(1)));
    assertEquals(List.of("7", "8", "9"), values(rows.get(2)));
    assertEquals(3, rows.get(0).values().get(1).line());
  }

  @Test
  void anEmptyParagraphIsABlankCellWhereCellsAreSeparatedByEmptyLines() {
    List<Rows.RawRow> rows = Rows.of(lines("规章\n\n1\n\n\n\n3\n\n规范性文件\n\n4\n\n5\n\n6"));
    assertEquals(List.of("1", "", "3"), values(rows.get(0)));
    assertEquals(List.of("4", "5", "6"), values(rows.get(1)));
  }

  @Test
  void emptyLinesAreNoCellsInRowsPrintedOnOneLine() {
    List<Rows.RawRow> rows = Rows.of(lines("规章 1 2 3\n\n规范性文件 4 5 6\n\n\n行政许可 7 8 9"));
    assertEquals(List.of("1", "2", "3"), values(rows.get(0)));
    assertEquals(List.of("4", "5", "6"), values(rows.get(1)));
  }

  @Test
  void aUnitPrintedApartFromItsNumberStaysWithIt() {
    Rows.LineRecord record = Rows.record(SourceLine.of(7, "政府集中采购 484 6.8 万元"));
    assertEquals("政府集中采购", record.label());
    assertEquals(List.of("484", "6.8 万元"), record.values().stream().map(Token::text).toList());
    assertEquals(12, record.values().get(1).column());
  }

  @Test
  void aLineBreakTagInAMarkdownCellJoinsTheLabel() {
    Rows.LineRecord record = Rows.record(SourceLine.of(3, "| 一、本年新收政府信<br>息公开申请数量 | 5 | 0 |"));
    assertEquals("一、本年新收政府信 息公开申请数量", record.label());
    assertEquals(List.of("5", "0"), record.values().stream().map(Token::text).toList());
  }

  @Test
  void aRowOfValuesKeepsItsLeadingBlankCellButIndentationIsDropped() {
    Rows.LineRecord values = Rows.record(SourceLine.of(1, "\t67\t88"));
    assertEquals(List.of("", "67", "88"), values.values().stream().map(Token::text).toList());
    Rows.LineRecord indented = Rows.record(SourceLine.of(2, "\t0"));
    assertEquals(List.of("0"), indented.values().stream().map(Token::text).toList());
  }

  @Test
  void placesCoveredBySpansInAnHtmlTableAreNoCells() {
    List<SourceLine> lines = HtmlText.lines("<table><tr><td rowspan=2>三</td>"
        + "<td colspan=2>（一）予以公开</td><td>5</td><td></td></tr>"
        + "<tr><td>（三）</td><td>1.属于国家秘密</td><td>&nbsp;</td><td>2</td></tr></table>", "test");
    assertEquals(List.of("5", ""), Rows.record(lines.get(0)).values().stream()
        .map(Token::text).toList());
    assertEquals(List.of("", "2"), Rows.record(lines.get(1)).values().stream()
        .map(Token::text).toList());
  }
}
