package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportJson;

/**
 * The real reports as other tools copy them: line ends, spaces and page breaks changed, a
 * crawler's page with the site's chrome running into the title, a PDF's text joined into one
 * line. The organ and the year read right, no cell is silently wrong, and a copy that loses
 * nothing reads cell for cell.
 */
class CopiedReportsImportTest {

  private static final String BODY_MARKER = "==================== 正文 ====================";

  /** How a tool copies a report, and what the copy must give back. */
  enum Copy {
    /** Windows line ends. */
    WINDOWS_LINE_ENDS("hongze-2023", true, text -> text.replace("\n", "\r\n")),
    /** A form feed after each page footer, as PDF text extractors print page breaks. */
    FORM_FEEDS("huaian-2024", true,
        text -> text.replaceAll("\n(- \\d+ -)\n", "\n$1\n\f")),
    /** No-break spaces between cells, as {@code &nbsp;} becomes when markup is stripped. */
    NO_BREAK_SPACES("pingtan-2022", true, text -> text.replace(' ', '\u00A0')),
    /** Every space gone: cells run together wherever the page put only a space between them. */
    NO_SPACES("pingtan-2022", true, text -> text.replaceAll("[ \\u00A0\\t]", "")),
    /**
     * A crawler's page: the body on one line between the site's breadcrumb, date and share
     * buttons and its attachment links, the title run into the chrome.
     */
    CHROME_RUN_INTO_TITLE("pingtan-2019", false, text -> "首页 > 政务公开 > 政府信息公开年报 "
        + "时间：2020-01-20 11:25 浏览次数：1234 字号：大 中 小 分享到： "
        + text.substring(text.indexOf(BODY_MARKER) + BODY_MARKER.length()).replace('\n', ' ')
        + " 附件下载： 附件1.docx 【打印本页】 【关闭窗口】 扫一扫在手机打开当前页"),
    /** A PDF's text joined into one line: page footers run into the title and the rows. */
    PDF_TEXT_ON_ONE_LINE("hongze-2024", false, text -> text.replace("\n", ""));

    private final String report;
    private final boolean lossless;
    private final UnaryOperator<String> copy;

    Copy(String report, boolean lossless, UnaryOperator<String> copy) {
      this.report = report;
      this.lossless = lossless;
      this.copy = copy;
    }
  }

  @ParameterizedTest
  @EnumSource(Copy.class)
  void aCopyReadsTheOrganTheYearAndNoCellSilentlyWrong(Copy copy) throws IOException {
    AnnualReport expected = ReportJson.standard().read(
        Files.readString(SeedReports.REALWORLD.resolve(copy.report + ".expected.json")));
    String text = copy.copy.apply(
        Files.readString(SeedReports.REALWORLD.resolve(copy.report + ".txt")));

    ImportResult result = SeedReports.IMPORTER.read(text);

    ImportScore score = ImportScore.of(expected, result);
    assertEquals(expected.getOrgan(), result.getReport().getOrgan(), "organ");
    assertEquals(expected.getYear(), result.getReport().getYear(), "year");
    assertEquals(List.of(), score.silent(), () -> "diagnostics: " + result.getDiagnostics());
    assertTrue(score.blanks().stream().allMatch(ImportScore.Blank::named),
        () -> "blank cells without a diagnostic: " + score.blanks());
    List<String> undecidable =
        PublishedReportsImportTest.UNDECIDABLE.getOrDefault(copy.report, List.of());
    if (copy.lossless || !undecidable.isEmpty()) {
      assertEquals(undecidable, score.blanks().stream().map(ImportScore.Blank::path).toList(),
          () -> "diagnostics: " + result.getDiagnostics());
    }
  }
}
