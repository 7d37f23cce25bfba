package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogireport.importer.SeedReports.LAYOUTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.Report2019;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.testing.Fixtures;

/**
 * Layouts built from seed 001's numbers (8 applications granted, 规范性文件 8 8 95, one corrected
 * review, procurement 91.82万元): each reads into the same report, cell for cell.
 */
class LayoutImportTest {

  private static final AnnualReport SEED_001 = Report2019.builder().organ("重庆市涪陵区人民政府机关")
      .year(2020)
      .proactiveDisclosure(SeedReports.disclosure001())
      .applications(SeedReports.applications001())
      .reviewAndLitigation(SeedReports.review001())
      .build();

  private static List<String> codes(ImportResult result) {
    return result.getDiagnostics().stream().map(d -> d.getLocation().getLine() + " " + d.getCode()).toList();
  }

  private static void assertSeed001(AnnualReport report) {
    SeedReports.assertTables(SEED_001, report);
    assertEquals(SEED_001.getOrgan(), report.getOrgan());
    assertEquals(2020, report.getYear());
    assertEquals(Optional.of("无。"), report.getSections().getOtherMatters());
    assertEquals(Optional.of("（一）政府信息公开工作存在的问题\n公开广度深度有待进一步拓展。"),
        report.getSections().getProblems());
  }

  @Test
  void htmlTablesWithRowspanColspanAndNbspCells() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("seed001-rowspan.html"));
    assertSeed001(result.getReport());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 25)), result.getReport().getPublishedOn());
    assertEquals("2020年，涪陵区人民政府办公室深入贯彻落实《中华人民共和国政府信息公开条例》。\n"
            + "（一）主动公开情况\n区政府办通过门户网站主动公开政府信息124条。",
        result.getReport().getSections().getOverview().orElseThrow());
    assertEquals(List.of(), codes(result));
  }

  @Test
  void htmlIsDetectedByContentWhenReadAsText() throws Exception {
    String html = java.nio.file.Files.readString(LAYOUTS.resolve("seed001-rowspan.html"));
    assertSeed001(SeedReports.IMPORTER.read(html).getReport());
    assertSeed001(SeedReports.IMPORTER.readHtml(html).getReport());
  }

  @Test
  void markdownTables() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("seed001-markdown.md"));
    assertSeed001(result.getReport());
    assertEquals(List.of(), codes(result));
  }

  @Test
  void pdfTextWithPageFootersAndLabelsSplitOneCharacterPerLine() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("seed001-pdf.txt"));
    assertSeed001(result.getReport());
    assertEquals(List.of(), codes(result));
  }

  @Test
  void traditionalCharactersWith檔案AndInjectedPinyin() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("seed001-traditional.txt"));
    SeedReports.assertTables(SEED_001, result.getReport());
    assertEquals("重慶市涪陵區人民政府機關", result.getReport().getOrgan());
    assertEquals(2020, result.getReport().getYear());
    assertEquals(List.of("2 TRADITIONAL_CHARACTERS", "3 PINYIN_REMOVED"), codes(result));
  }

  @Test
  void runTogetherCellsRecoveredWhereTheRulesLeaveOneSplitAndBlankWhereSeveral() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("seed001-run-together.txt"));
    ProactiveDisclosure2019.Builder disclosure = ProactiveDisclosure2019.builder()
        .from(SeedReports.disclosure001());
    for (Disclosure2019Column column : Disclosure2019Row.RULES.getColumns()) {
      disclosure.setBlank(Disclosure2019Row.RULES, column);
    }
    AnnualReport expected = Report2019.builder().from(SEED_001)
        .proactiveDisclosure(disclosure.build()).build();
    SeedReports.assertTables(expected, result.getReport());
    assertEquals(List.of("12 RUN_TOGETHER_AMBIGUOUS", "13 RUN_TOGETHER_RECOVERED",
        "112 RUN_TOGETHER_ONE_SPLIT"), codes(result));
    Diagnostic ambiguous = result.getDiagnostics().get(0);
    assertEquals(Severity.ERROR, ambiguous.getSeverity());
    assertEquals(3, ambiguous.getLocation().getColumn());
    assertEquals("proactiveDisclosure.rules", ambiguous.getLocation().getPath());
    assertEquals(Disclosure2019Row.RULES, ambiguous.getLocation().getRow().orElseThrow());
    assertEquals("row '规章' prints its cells run together as '1212': 3 splits fit the form's "
        + "rules (1 2 12; 1 21 2; 12 1 2); the cells they do not agree on are left blank",
        ambiguous.getMessage(Locale.ENGLISH));
    assertEquals("行“规范性文件”的数字“8895”连在一起，按表内关系（A20-PUBLISHED 规范性文件）唯一拆分为 8 8 95",
        result.getDiagnostics().get(1).getMessage(Locale.CHINA));
    assertEquals("row '行政复议、行政诉讼' prints its cells run together as '010010000000000': its digits "
        + "split into numbers without leading zeros only one way, 0 1 0 0 1 0 0 0 0 0 0 0 0 0 0",
        result.getDiagnostics().get(2).getMessage(Locale.ENGLISH));
  }

  /**
   * A saved site page of about 250 KB around a report exported from Word (head with scripts and
   * styles, navigation, breadcrumb, 来源 line, Word's markup and spacer cells in the tables,
   * attachments, footer) reads as the report, cell for cell.
   */
  @Test
  void aSavedSitePageAroundAWordExportReadsCellForCell() {
    ImportResult result = SeedReports.read(LAYOUTS.resolve("site-huaian-2024.html"));
    AnnualReport expected = Fixtures.realWorld("huaian-2024");
    assertEquals(List.of(), ImportScore.of(expected, result).wrong(),
        () -> result.getDiagnostics().toString());
    assertEquals(expected.getOrgan(), result.getReport().getOrgan());
  }

  @Test
  void amountsKeepThePrintedUnit() {
    assertEquals(Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN),
        SeedReports.read(LAYOUTS.resolve("seed001-pdf.txt")).getReport()
            .getProactiveDisclosure().getCells().get(21));
  }
}
