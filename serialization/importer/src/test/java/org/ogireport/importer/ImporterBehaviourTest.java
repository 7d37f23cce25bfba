package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;

/** Cells, rows and inputs the importer must handle in a stated way, on small 2021 reports. */
class ImporterBehaviourTest {

  /** A 2021 report, one row per line, with replaceable rows of table 三 (by label). */
  private static String report2021(String... replacements) {
    return report2021With("1 0 0 0 0 0 1", replacements);
  }

  /** The 2021 report with every row of table 三 printing {@code cells} but the replaced ones. */
  private static String report2021With(String cells, String... replacements) {
    List<String> lines = new ArrayList<>(List.of(
        "某某县某某局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "本年度工作正常。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
        "信息内容 本年制发件数 本年废止件数 现行有效件数",
        "规章 0 0 0",
        "规范性文件 / - 3",
        "第二十条第（五）项",
        "信息内容 本年处理决定数量",
        "行政许可 12",
        "第二十条第（六）项",
        "信息内容 本年处理决定数量",
        "行政处罚 5",
        "行政强制 无",
        "第二十条第（八）项",
        "信息内容 本年收费金额（单位：万元）",
        "行政事业性收费 1.50",
        "三、收到和处理政府信息公开申请情况"));
    for (ApplicationRow row : ApplicationRow.rows(Edition.V2021)) {
      String label = row.getNumbering() + row.getLabel();
      String line = label + " " + cells;
      for (String r : replacements) {
        if (r.startsWith(label + " ") || r.startsWith(label + "|")) {
          line = r.replace("|", "");
        }
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    lines.addAll(List.of("四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计",
        "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
        "五、存在的主要问题及改进情况", "人手不足。", "六、其他需要报告的事项", "无"));
    return String.join("\n", lines);
  }

  @Test
  void sectionFivePrintedWithoutItsHeadingStartsAtItsFirstSubHeading() {
    String text = report2021().replace("五、存在的主要问题及改进情况\n人手不足。",
        "（一）主要问题\n人手不足。\n（二）改进情况\n增加人员。");
    AnnualReport report = SeedReports.IMPORTER.read(text).getReport();
    assertEquals("（一）主要问题\n人手不足。\n（二）改进情况\n增加人员。",
        report.getSections().getProblems().orElseThrow());
    assertEquals("无", report.getSections().getOtherMatters().orElseThrow());
    assertEquals(Count.of(1), report.getReviewAndLitigation()
        .getCount(CaseBlock.REVIEW, CaseResult.UPHELD));
  }

  @Test
  void aNumberedProblemInsideTheOtherMattersIsNoSectionFive() {
    String text = report2021().replace("五、存在的主要问题及改进情况\n人手不足。\n", "")
        .replace("六、其他需要报告的事项\n无", "六、其他需要报告的事项\n（一）收费问题\n无");
    AnnualReport report = SeedReports.IMPORTER.read(text).getReport();
    assertEquals(java.util.Optional.empty(), report.getSections().getProblems());
    assertEquals("（一）收费问题\n无", report.getSections().getOtherMatters().orElseThrow());
  }

  @Test
  void aBlankFieldPaddingTableFourAtEitherEndIsPlacedByItsTotals() {
    String padded = report2021().replace("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
        "\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t\t");
    var table = SeedReports.IMPORTER.read(padded).getReport().getReviewAndLitigation();
    assertEquals(Count.of(1), table.getCount(CaseBlock.REVIEW, CaseResult.UPHELD));
    assertEquals(Count.of(1), table.getCount(CaseBlock.REVIEW, CaseResult.TOTAL));
    assertEquals(Count.blank(),
        table.getCount(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.TOTAL));
  }

  @Test
  void aPaddedTableFourRowNoReadingOfWhichHoldsIsLeftBlankAndSaidSo() {
    String padded = report2021().replace("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
        "\t1\t2\t0\t0\t9\t0\t0\t0\t0\t0\t0\t0\t0\t5\t\t");
    ImportResult result = SeedReports.IMPORTER.read(padded);
    assertEquals(Count.blank(), result.getReport().getReviewAndLitigation()
        .getCount(CaseBlock.REVIEW, CaseResult.UPHELD));
    assertEquals(List.of("CELLS_NOT_PLACED"), result.getDiagnostics().stream()
        .map(d -> d.getCode()).filter(c -> c.startsWith("CELLS")).toList());
  }

  private static List<String> codes(ImportResult r) {
    return r.getDiagnostics().stream().map(d -> d.getLocation().getLine() + " " + d.getCode()).toList();
  }

  @Test
  void blanksAndMarkersAreKeptNeverZero() {
    AnnualReport report = SeedReports.IMPORTER.read(report2021()).getReport();
    var table = report.getProactiveDisclosure().getCells();
    var layout = org.ogireport.core.TableLayout.proactiveDisclosure2021();
    assertEquals(Count.marker(), table.get(layout.getSlot(Disclosure2021Row.NORMATIVE_DOCUMENTS,
        Disclosure2021Column.ISSUED).getIndex()));
    assertEquals(Count.marker(), table.get(layout.getSlot(Disclosure2021Row.NORMATIVE_DOCUMENTS,
        Disclosure2021Column.REPEALED).getIndex()));
    assertEquals(Count.of(3), table.get(layout.getSlot(Disclosure2021Row.NORMATIVE_DOCUMENTS,
        Disclosure2021Column.IN_FORCE).getIndex()));
    assertEquals(Count.marker(), table.get(layout.getSlot(Disclosure2021Row.COMPULSION,
        Disclosure2021Column.DECISIONS).getIndex()));
    assertEquals(Amount.of(new BigDecimal("1.50"), org.ogireport.core.MoneyUnit.WAN_YUAN),
        table.get(layout.getSlot(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT).getIndex()));
  }

  @Test
  void aMissingRowStaysBlankWithADiagnostic() {
    ImportResult result = SeedReports.IMPORTER.read(report2021("2.重复申请|"));
    assertEquals(Count.blank(), result.getReport().getApplications()
        .getCount(ApplicationRow.NOT_PROCESSED_REPEATED, Applicant.TOTAL));
    assertEquals(List.of("20 MISSING_ROW"), codes(result));
    assertEquals("row '2.重复申请' not found: its cells are left blank",
        result.getDiagnostics().get(0).getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void aShortRowTheColumnTotalsConfirmLeavesItsLastCellsBlankAndAnExtraNumberIsReported() {
    ImportResult result = SeedReports.IMPORTER.read(report2021With("0 0 0 0 0 0 0",
        "一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4", "（一）予以公开 4 0 0 0 0 0",
        "（七）总计 4 0 0 0 0 0 4 9"));
    var t = result.getReport().getApplications();
    assertEquals(Count.of(4), t.getCount(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON));
    assertEquals(Count.blank(), t.getCount(ApplicationRow.GRANTED, Applicant.TOTAL));
    assertEquals(Count.of(4), t.getCount(ApplicationRow.OUTCOME_TOTAL, Applicant.TOTAL));
    assertEquals(List.of("22 MISSING_CELLS", "43 EXTRA_NUMBER"), codes(result));
  }

  /**
   * PDF text drops a blank cell without a trace: "4 0 0" may stand in any three of the seven
   * cells. Where no rule of the form confirms them in the first three, the row is blank.
   */
  @Test
  void aShortRowNoRuleConfirmsIsLeftBlankRatherThanShifted() {
    ImportResult result = SeedReports.IMPORTER.read(report2021With("0 0 0 0 0 0 0",
        "一、本年新收政府信息公开申请数量 0 0 0 4 0 0 4", "（一）予以公开 4 0 0",
        "（七）总计 0 0 0 4 0 0 4"));
    var t = result.getReport().getApplications();
    for (Applicant column : Applicant.values()) {
      assertEquals(Count.blank(), t.getCount(ApplicationRow.GRANTED, column), column::name);
    }
    assertEquals(List.of("22 CELLS_NOT_PLACED"), codes(result));
    assertEquals("row '（一）予以公开' should have 7 cells but prints 3: no rule of the form "
            + "confirms which cells they stand in, so the row's cells are left blank",
        result.getDiagnostics().get(0).getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void aSingleOtherHandlingRowOnThe2021FormIsReadInto3其他() {
    ImportResult result = SeedReports.IMPORTER.read(report2021(
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|",
        "3.其他 （六）其他处理 2 0 0 0 0 0 2"));
    var t = result.getReport().getApplications();
    assertEquals(Count.of(2), t.getCount(ApplicationRow.OTHER_OTHER, Applicant.TOTAL));
    assertEquals(Count.blank(), t.getCount(ApplicationRow.OTHER_NO_CORRECTION, Applicant.TOTAL));
    assertEquals(Count.blank(), t.getCount(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL));
    assertEquals(List.of("40 SINGLE_OTHER_HANDLING_ROW"), codes(result));
  }

  @Test
  void aSubtotalColumnIsRecognisedCheckedAndSkipped() {
    String[] rows = ApplicationRow.rows(Edition.V2021).stream()
        .map(r -> r.getNumbering() + r.getLabel()
            + (r == ApplicationRow.GRANTED ? " 3 1 1 0 0 0 0 4" : " 1 0 0 0 0 0 0 1"))
        .toArray(String[]::new);
    ImportResult result = SeedReports.IMPORTER.read(report2021(rows));
    var t = result.getReport().getApplications();
    assertEquals(List.of(3L, 1L, 0L, 0L, 0L, 0L, 4L), List.of(Applicant.values()).stream()
        .map(c -> t.getCount(ApplicationRow.GRANTED, c).getValue()).toList());
    assertEquals(List.of("20 SUBTOTAL_COLUMN"), codes(result));
  }

  @Test
  void aGroupSubtotalRowIsCheckedNotShifted() {
    ImportResult result = SeedReports.IMPORTER.read(
        report2021("1.属于国家秘密 （三）不予公开 9 0 0 0 0 0 9\n1.属于国家秘密 1 0 0 0 0 0 1"));
    assertEquals(Count.of(1), result.getReport().getApplications()
        .getCount(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.TOTAL));
    assertEquals(List.of("24 GROUP_SUBTOTAL_ROW", "24 SUBTOTAL_MISMATCH", "24 SUBTOTAL_MISMATCH"),
        codes(result));
  }

  /**
   * PDF text of the table puts a spanned group label beside a row label of its group, cut where
   * its cell wraps: the rows are read by their own labels, the fragments name no row.
   */
  @Test
  void aRowLabelWithFragmentsOfASpannedGroupLabelBesideItIsReadAsTheRow() {
    ImportResult result = SeedReports.IMPORTER.read(report2021(
        "4.保护第三方合法权益 （三）不予 4 0 0 0 0 0 4",
        "8.属于行政查询事项 三、本年度办 8 0 0 0 0 0 8",
        "1.本机关不掌握相关政府信息 理结果 2 0 0 0 0 0 2",
        "2.没有现成信息需要另行制作 （四）无法 3 0 0 0 0 0 3"));
    var t = result.getReport().getApplications();
    assertEquals(Count.of(4),
        t.getCount(ApplicationRow.WITHHELD_THIRD_PARTY_RIGHTS, Applicant.TOTAL));
    assertEquals(Count.of(8), t.getCount(ApplicationRow.WITHHELD_INQUIRY_MATTERS, Applicant.TOTAL));
    assertEquals(Count.of(2), t.getCount(ApplicationRow.UNABLE_NOT_HELD, Applicant.TOTAL));
    assertEquals(Count.of(3), t.getCount(ApplicationRow.UNABLE_NEEDS_CREATION, Applicant.TOTAL));
    assertEquals(List.of(), codes(result));
  }

  @Test
  void aDateAfter六InChineseNumeralsIsTheDateOfPublication() {
    for (String year : List.of("二〇二四", "二○二四", "二零二四")) {
      AnnualReport report = SeedReports.IMPORTER
          .read(report2021() + "\n某某县某某局\n" + year + "年十二月二十一日").getReport();
      assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 12, 21)),
          report.getPublishedOn(), year);
    }
    AnnualReport report = SeedReports.IMPORTER
        .read(report2021() + "\n某某县某某局\n二〇二四年一月十日").getReport();
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 1, 10)),
        report.getPublishedOn());
  }

  @Test
  void table四IsReadFromItsDataRow() {
    AnnualReport report = SeedReports.IMPORTER.read(report2021()).getReport();
    assertEquals(Count.of(1),
        report.getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.UPHELD));
  }

  @Test
  void aPageFooterWithEmptyLinesAroundItInsideARowIsNoBlankCell() throws IOException {
    String seed = Files.readString(SeedReports.SEEDS.resolve("001_78cf330bb6c558ff.txt"));
    int row = seed.indexOf("（一）予以公开");
    int firstValue = seed.indexOf('\n', seed.indexOf('\n', row) + 1);
    String broken = seed.substring(0, firstValue) + "\n\n- 3 -\n\n" + seed.substring(firstValue);
    ImportResult result = SeedReports.IMPORTER.read(broken);
    assertEquals(
        SeedReports.IMPORTER.read(seed).getReport().getApplications(),
        result.getReport().getApplications());
  }

  @Test
  void noTable三IsAnError() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> SeedReports.IMPORTER.read("某局2020年政府信息公开工作年度报告\n一、总体情况\n好\n"));
    assertEquals("<string>: no table 三 (收到和处理政府信息公开申请情况) found", e.getMessage());
  }

  @Test
  void noYearIsAnError() {
    ReportFormatException e = assertThrows(ReportFormatException.class,
        () -> SeedReports.IMPORTER.read("三、收到和处理政府信息公开申请情况\n"));
    assertEquals("<string>: no report year found: no title such as "
        + "'某某机关2022年政府信息公开工作年度报告'", e.getMessage());
  }

  @Test
  void anInputWithoutTextSaysItIsEmptyNotThatItLacksAYear() {
    for (String empty : new String[] {"", "\uFEFF", " \r\n\t\n\u3000"}) {
      assertEquals("<string>: empty: no text to read a report from", assertThrows(
          ReportFormatException.class, () -> SeedReports.IMPORTER.read(empty)).getMessage());
    }
    assertEquals("<string>: no text on the page: no report to read", assertThrows(
        ReportFormatException.class, () -> SeedReports.IMPORTER.readHtml(
            "<html><head><title></title></head><body><div> </div></body></html>")).getMessage());
  }

  @Test
  void inputsOverTheLimitsAreRefused() {
    ReportImporter small = ReportImporter.builder().maxCharacters(100).maxLines(3).build();
    assertEquals("<string>: input too large: 101 characters, the limit is 100",
        assertThrows(ReportFormatException.class, () -> small.read("x".repeat(101))).getMessage());
    assertEquals("<string>: input too long: 4 lines, the limit is 3",
        assertThrows(ReportFormatException.class, () -> small.read("a\nb\nc\nd")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReportImporter.builder().maxLines(0));
  }
}
