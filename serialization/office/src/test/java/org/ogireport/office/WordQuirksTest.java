package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.importer.ImportResult;
import org.ogireport.render.ReportRenderer;
import org.ogireport.testing.Fixtures;

/**
 * What Word and its users do to the tables of a .docx does not change what is read: the
 * written document edited the way Word writes such things reads back cell for cell.
 */
class WordQuirksTest {

  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();
  private static final AnnualReport FULING = Fixtures.seed("001_78cf330bb6c558ff");
  private static final AnnualReport WUXI = Fixtures.seed("004_769736e4f7e1b172");
  private static final Pattern NUMBER_RUN =
      Pattern.compile("<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)<w:t>(\\d+)</w:t></w:r>");

  private static List<String> readBack(AnnualReport report, UnaryOperator<String> edit) {
    byte[] docx = Packages.edited(DocxWriter.standard().write(report), edit);
    ImportResult back = IMPORTER.read(docx, "edited.docx");
    return CellForCell.differences(report, back.getReport());
  }

  /** Applies {@code replacement} to every run that prints a whole number, counting them. */
  private static String eachNumber(String xml, java.util.function.Function<Matcher, String> by) {
    Matcher m = NUMBER_RUN.matcher(xml);
    StringBuilder out = new StringBuilder();
    int n = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
      n++;
    }
    m.appendTail(out);
    assertNotEquals(0, n, "numbers edited");
    return out.toString();
  }

  @Test
  void numbersPrintedWithTheirUnitReadAsNumbers() {
    assertEquals(List.of(), readBack(FULING,
        xml -> eachNumber(xml, m -> "<w:r>" + m.group(1) + "<w:t>" + m.group(2) + "件</w:t></w:r>")));
  }

  @Test
  void trackedChangesReadAsAcceptedDeletedTextIsNotRead() {
    assertEquals(List.of(), readBack(FULING, xml -> eachNumber(xml, m ->
        "<w:del w:id=\"1\" w:author=\"审核\"><w:r>" + m.group(1) + "<w:delText>9999</w:delText>"
            + "</w:r></w:del><w:ins w:id=\"2\" w:author=\"审核\"><w:r>" + m.group(1) + "<w:t>"
            + m.group(2) + "</w:t></w:r></w:ins>")));
  }

  @Test
  void aDeletionInTheTitleLeavesTheOrganAsAccepted() {
    String organ = FULING.getOrgan();
    assertEquals(List.of(), readBack(FULING, xml -> xml.replace("<w:t>" + organ,
        "<w:t xml:space=\"preserve\"></w:t></w:r><w:del w:id=\"3\" w:author=\"审核\"><w:r>"
            + "<w:delText>某某县</w:delText></w:r></w:del><w:r><w:t>" + organ)));
  }

  @Test
  void aTableSplitInTwoWithAParagraphBetweenReadsAsOne() {
    assertEquals(List.of(), readBack(WUXI, xml -> {
      int second = xml.indexOf("<w:tbl>", xml.indexOf("<w:tbl>") + 1);
      int headerEnd = xml.indexOf("</w:tblGrid>", second) + "</w:tblGrid>".length();
      String header = xml.substring(second, headerEnd);
      int at = second;
      for (int i = 0; i < 14; i++) {
        at = xml.indexOf("<w:tr>", at + 1);
      }
      return xml.substring(0, at) + "</w:tbl><w:p><w:r><w:t>（续表）</w:t></w:r></w:p>" + header
          + xml.substring(at);
    }));
  }

  @Test
  void vMergeWithoutAValueContinuesTheCellAbove() {
    assertEquals(List.of(), readBack(WUXI,
        xml -> xml.replace("<w:vMerge w:val=\"continue\"/>", "<w:vMerge/>")));
  }

  @Test
  void aTableThatLaysOutThePageIsReadThroughItsCells() {
    assertEquals(List.of(), readBack(WUXI, xml -> {
      int body = xml.indexOf("<w:body>") + "<w:body>".length();
      int end = xml.indexOf("<w:sectPr");
      return xml.substring(0, body) + "<w:tbl><w:tr><w:tc>" + xml.substring(body, end)
          + "<w:p/></w:tc></w:tr></w:tbl>" + xml.substring(end);
    }));
  }

  @Test
  void aTitleInATextBoxIsReadOnceWithoutWordsFallbackCopy() {
    String title = ReportRenderer.title(FULING);
    byte[] docx = Packages.edited(DocxWriter.standard().write(FULING), xml -> {
      int start = xml.indexOf("<w:p>");
      int end = xml.indexOf("</w:p>", start) + "</w:p>".length();
      String paragraph = xml.substring(start, end);
      String box = "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
          + "markup-compatibility/2006\" xmlns:wps=\"urn:wps\" xmlns:v=\"urn:v\">"
          + "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>" + paragraph
          + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
          + "<v:shape><v:textbox><w:txbxContent>" + paragraph + "</w:txbxContent></v:textbox>"
          + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
      return xml.substring(0, start) + box + xml.substring(end);
    });
    String html = IMPORTER.toHtml(docx, "box.docx");
    assertEquals(1, html.split(Pattern.quote(title), -1).length - 1, html);
    assertEquals(List.of(),
        CellForCell.differences(FULING, IMPORTER.read(docx, "box.docx").getReport()));
  }
}
