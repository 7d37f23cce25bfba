package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.ReportFormatException;
import org.ogireport.json.ReportJson;

/**
 * Inputs built to make the importer work hard end in bounded time with a report whose cells are
 * right or blank with a diagnostic, or with a {@link ReportFormatException}: never a stack
 * overflow, never a number the page does not print. The timeouts only guard against a hang;
 * speed is measured by {@code ImportBenchmark}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  private static String realWorld(String name) throws IOException {
    return Files.readString(SeedReports.REALWORLD.resolve(name + ".txt"));
  }

  private static AnnualReport expected(String name) throws IOException {
    return ReportJson.standard()
        .read(Files.readString(SeedReports.REALWORLD.resolve(name + ".expected.json")));
  }

  /** The saved site page of huaian-2024 with its body inside {@code depth} divs and spans. */
  private static String sitePageNested(int depth) throws IOException {
    String html = Files.readString(SeedReports.LAYOUTS.resolve("site-huaian-2024.html"));
    int body = html.indexOf('>', html.indexOf("<body")) + 1;
    int end = html.indexOf("</body>");
    return html.substring(0, body) + "<div><span>".repeat(depth)
        + html.substring(body, end) + "</span></div>".repeat(depth) + html.substring(end);
  }

  @Test
  void aHugeDigitRunInARowLeavesThatRowBlankAndTheRestRead() throws IOException {
    String page = realWorld("pingtan-2022");
    String row = "新收政府信息公开申请数量 713000074";
    assertTrue(page.contains(row), "the page prints the row this test replaces");
    String hostile = page.replace(row, "新收政府信息公开申请数量 " + "7130000741".repeat(2_000));

    ImportResult result = IMPORTER.read(hostile);

    ImportScore score = ImportScore.of(expected("pingtan-2022"), result);
    assertEquals(List.of(), score.silent(), "no cell silently wrong");
    assertFalse(score.blanks().isEmpty(), "the run cannot be read, so its row stays blank");
    assertTrue(score.blanks().stream().allMatch(ImportScore.Blank::named),
        () -> "every blank cell named by a diagnostic: " + result.getDiagnostics());
    assertTrue(score.blanks().stream().allMatch(b -> b.path().contains(
            ApplicationRow.NEW_RECEIVED.getJsonPath())),
        () -> "only the row of the run is blank: " + score.blanks());
  }

  @Test
  void everyNumberOfAPageRunTogetherIsBoundedAndNeverGuessed() throws IOException {
    String page = realWorld("pingtan-2022");
    // every space gone: the whole page one digit-and-label stream
    String hostile = page.replaceAll("[ \\u00A0\\t]", "");

    ImportResult result = IMPORTER.read(hostile);

    ImportScore score = ImportScore.of(expected("pingtan-2022"), result);
    assertEquals(List.of(), score.silent(), "no cell silently wrong");
    assertTrue(score.blanks().stream().allMatch(ImportScore.Blank::named),
        () -> "every blank cell named by a diagnostic: " + result.getDiagnostics());
  }

  @Test
  void thousandsOfLabelFragmentsEndInAClearError() {
    String fragments = ("（一）自然人 法人或其他组织 商业企业 三、本年度办理结果 "
        + "（三）不予公开 1.属于国家秘密 新收政府信息公开申请数量 总计 结转下年度继续办理 ").repeat(5_000);
    String page = "2023年政府信息公开工作年度报告\n一、总体情况\n" + fragments + "\n";

    ReportFormatException e = assertThrows(ReportFormatException.class, () -> IMPORTER.read(page));

    assertTrue(e.getReason().startsWith("no table 三"), e::getReason);
  }

  @Test
  void thousandsOfLabelFragmentsOnLinesOfTheirOwnAreBounded() {
    String page = "2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "新收政府信息公开申请数量\n1 2 3\n三、本年度办理结果\n".repeat(10_000);

    try {
      ImportResult result = IMPORTER.read(page);
      assertFalse(result.getDiagnostics().isEmpty(), "a report this broken says so");
    } catch (ReportFormatException e) {
      assertFalse(e.getReason().isBlank());
    }
  }

  @Test
  void aReportNestedDeeperThanAnyPageIsRefusedNotReadInPart() throws IOException {
    String nested = sitePageNested(20_000);

    ReportFormatException e =
        assertThrows(ReportFormatException.class, () -> IMPORTER.readHtml(nested, "nested.html"));

    assertTrue(e.getMessage().startsWith("nested.html:"), e::getMessage);
    assertTrue(e.getReason().contains("nests elements " + HtmlText.MAX_DEPTH + " deep"),
        e::getReason);
  }

  @Test
  void aReportNestedInHundredsOfElementsReadsAsIfItWereNot() throws IOException {
    String html = sitePageNested(0);
    String nested = sitePageNested(200);

    ImportResult plain = IMPORTER.readHtml(html);
    ImportResult result = IMPORTER.readHtml(nested);

    ImportScore score = ImportScore.of(expected("huaian-2024"), plain);
    assertEquals(List.of(), score.silent());
    assertEquals(List.of(), score.blanks());
    assertEquals(plain.getReport(), result.getReport());
  }

  @Test
  void tablesNestedThousandsDeepAreBounded() {
    String html = "<html><body><h1>2023年政府信息公开工作年度报告</h1>"
        + "<table><tr><td>".repeat(5_000) + "三、收到和处理政府信息公开申请情况"
        + "</td></tr></table>".repeat(5_000) + "</body></html>";

    ReportFormatException e =
        assertThrows(ReportFormatException.class, () -> IMPORTER.readHtml(html));

    assertFalse(e.getReason().isBlank());
  }

  @Test
  void hugeSpansAreCappedNotAllocated() {
    String html = "<html><body><h1>2023年政府信息公开工作年度报告</h1><table>"
        + "<tr><td rowspan=\"2147483647\" colspan=\"2147483647\">三、本年度办理结果</td></tr>"
        + "<tr><td>1</td></tr>".repeat(20_000) + "</table></body></html>";

    ReportFormatException e =
        assertThrows(ReportFormatException.class, () -> IMPORTER.readHtml(html));

    assertFalse(e.getReason().isBlank());
  }
}
