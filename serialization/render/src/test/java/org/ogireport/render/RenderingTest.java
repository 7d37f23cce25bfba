package org.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.testing.Fixtures;

class RenderingTest {

  @Test
  void cellsPrintAsTheReportHasThem() {
    assertEquals("8", CellText.of(Count.of(8)));
    assertEquals("-18", CellText.of(Count.of(-18)));
    assertEquals("", CellText.of(Count.blank()));
    assertEquals("/", CellText.of(Count.marker()));
    assertEquals("91.82万元", CellText.of(Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN)));
    assertEquals("68000元", CellText.of(Amount.of(new BigDecimal("68000"), MoneyUnit.YUAN)));
    assertEquals("12.50", CellText.of(Amount.ofUnknownUnit(new BigDecimal("12.50"))));
    assertEquals("/", CellText.of(Amount.marker()));
  }

  @Test
  void displayWidthCountsCjkAndFullwidthAsTwo() {
    assertEquals(4, DisplayWidth.of("规章"));
    assertEquals(6, DisplayWidth.of("（一）"));
    assertEquals(5, DisplayWidth.of("91.82"));
    assertEquals(9, DisplayWidth.of("91.82万元"));
  }

  private static AnnualReport oddCells() {
    AnnualReport base = Fixtures.seed("001_78cf330bb6c558ff");
    return ImmutableReport2019.copyOf((org.ogireport.core.Report2019) base)
        .withOrgan("A&B <局> \"x\"")
        .withProactiveDisclosure(ProactiveDisclosure2019.builder()
            .set(Disclosure2019Row.FEES, Disclosure2019Column.CHANGE, -3)
            .setBlank(Disclosure2019Row.RULES, Disclosure2019Column.NEWLY_MADE)
            .setMarker(Disclosure2019Row.RULES, Disclosure2019Column.TOTAL_PUBLISHED)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
                Amount.ofUnknownUnit(new BigDecimal("68000")))
            .build())
        .withReviewAndLitigation(ReviewAndLitigation.builder()
            .setMarker(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.TOTAL).build());
  }

  @Test
  void htmlEscapesEveryTextAndHasNoInlineStyle() {
    String html = HtmlRenderer.page().render(oddCells());
    assertTrue(html.contains("<title>A&amp;B &lt;局&gt; &quot;x&quot;2020年政府信息公开工作年度报告</title>"));
    assertTrue(!html.contains("style=\""));
    assertTrue(html.contains("<tr><th scope=\"row\">规章</th><td></td><td>0</td><td>/</td></tr>"), html);
    assertTrue(html.contains("<tr><th scope=\"row\">政府集中采购</th><td>0</td><td colspan=\"2\">68000</td></tr>"));
    assertTrue(html.contains("<tr><th scope=\"row\">行政事业性收费</th><td>0</td><td colspan=\"2\">-3</td></tr>"));
  }

  @Test
  void fragmentIsAnArticleAndRenderTableOneTable() {
    String fragment = HtmlRenderer.fragment().render(oddCells());
    assertTrue(fragment.startsWith("<article class=\"ogi-report\">\n<h1>"), fragment);
    String table = HtmlRenderer.fragment().renderTable(oddCells().getReviewAndLitigation());
    assertEquals(String.join("\n",
        "<table class=\"ogi-review-litigation\">",
        "<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>",
        "<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th>"
            + "<th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th>"
            + "<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>",
        "<tr><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>"
            + "<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr>",
        "<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
            + "<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>/</td></tr>",
        "</table>", ""), table);
  }

  @Test
  void markdownAndTextKeepBlankCellsInTheirColumns() {
    AnnualReport report = oddCells();
    String markdown = new MarkdownRenderer().renderTable(report.getProactiveDisclosure());
    assertTrue(markdown.contains("\n| 规章 | | 0 | / |\n"), markdown);
    String text = new TextRenderer().renderTable(report.getProactiveDisclosure());
    List<String> lines = text.lines().toList();
    String header = lines.get(1);
    String rules = lines.get(2);
    // label column 20 wide (其他对外管理服务事项), data columns 14 (本年新制作数量), two-space gaps
    assertEquals("信息内容" + " ".repeat(14) + "本年新制作数量  本年新公开数量  对外公开总数量", header);
    assertEquals("规章" + " ".repeat(16 + 2 + 14 + 2 + 13) + "0" + " ".repeat(2 + 13) + "/", rules);
  }
}
