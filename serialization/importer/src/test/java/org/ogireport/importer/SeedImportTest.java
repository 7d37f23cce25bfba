package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogireport.importer.SeedReports.SEEDS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applications;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.SectionId;

/** The five seed reports import with every cell, the title, the date and the sections right. */
class SeedImportTest {

  private static AnnualReport read(String file) {
    return SeedReports.read(SEEDS.resolve(file)).getReport();
  }

  private static List<String> codes(String file) {
    return SeedReports.read(SEEDS.resolve(file)).getDiagnostics().stream()
        .map(d -> d.getLocation().getLine() + " " + d.getCode()).toList();
  }

  private static void assertSection(
      AnnualReport report, SectionId id, String first, String last, int lines) {
    String text = report.getSections().get(id).orElseThrow(() -> new AssertionError(id));
    String[] split = text.split("\n");
    assertEquals(first, split[0], id + " first line");
    assertEquals(last, split[split.length - 1], id + " last line");
    assertEquals(lines, split.length, id + " lines");
  }

  private static String start(AnnualReport report, SectionId id, int length) {
    return report.getSections().get(id).orElseThrow().substring(0, length);
  }

  private static void assertStarts(AnnualReport report, SectionId id, String prefix) {
    assertEquals(prefix, start(report, id, prefix.length()), id + " start");
  }

  @Test
  void seed000_oneCellPerLineWith本年数量HeadersAndAmountInYuan() {
    AnnualReport report = read("000_b780817e18a3daa1.txt");
    AnnualReport expected = Report2019.builder().organ("x").year(2019)
        .proactiveDisclosure(SeedReports.disclosure2019(new long[] {1, 0, 0}, 2,
            Amount.of(new BigDecimal("68000"), MoneyUnit.YUAN)))
        .build();
    SeedReports.assertTables(expected, report);
    assertEquals("重庆市合川区信访办", report.getOrgan());
    assertEquals(2019, report.getYear());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 22)), report.getPublishedOn());
    assertStarts(report, SectionId.OVERVIEW, "（一）加强组织领导。");
    assertSection(report, SectionId.OVERVIEW,
        report.getSections().getOverview().orElseThrow().split("\n")[0],
        "（六）严格公开程序。我办政务信息公开的内容由有关科室提供后，由分管领导审核后，"
            + "提交政务信息公开领导小组研究，由政务信息公开领导小组组长同意后再予以公开。", 6);
    assertStarts(report, SectionId.PROBLEMS, "在政务信息公开工作中，");
    assertEquals(2, report.getSections().getProblems().orElseThrow().split("\n").length);
    assertSection(report, SectionId.OTHER_MATTERS, "无", "无", 1);
    assertEquals(List.of(), codes("000_b780817e18a3daa1.txt"));
  }

  @Test
  void seed001_titleOnTwoLinesWith本年增And本年减AndOneCorrectedReview() {
    AnnualReport report = read("001_78cf330bb6c558ff.txt");
    AnnualReport expected = Report2019.builder().organ("x").year(2020)
        .proactiveDisclosure(SeedReports.disclosure001())
        .applications(SeedReports.applications001())
        .reviewAndLitigation(SeedReports.review001())
        .build();
    SeedReports.assertTables(expected, report);
    assertEquals("重庆市涪陵区人民政府机关", report.getOrgan());
    assertEquals(2020, report.getYear());
    assertEquals(Optional.empty(), report.getPublishedOn());
    assertStarts(report, SectionId.OVERVIEW, "2020年，涪陵区人民政府办公室深入贯彻落实");
    assertEquals(16, report.getSections().getOverview().orElseThrow().split("\n").length);
    assertSection(report, SectionId.PROBLEMS, "（一）政府信息公开工作存在的问题",
        report.getSections().getProblems().orElseThrow().split("\n")[3], 4);
    assertEquals("一是进一步加大主动公开力度。",
        report.getSections().getProblems().orElseThrow().split("\n")[3].substring(0, 14));
    assertSection(report, SectionId.OTHER_MATTERS, "无。", "无。", 1);
    assertEquals(List.of(), codes("001_78cf330bb6c558ff.txt"));
  }

  @Test
  void seed002_tabSeparatedRowsWithWrappedLabelAndSixteenNumbersInTable四() {
    AnnualReport report = read("002_48a57cdf3499fdc3.txt");
    AnnualReport expected = Report2019.builder().organ("x").year(2019)
        .proactiveDisclosure(SeedReports.disclosure2019(new long[] {0, 0, 0}, 0,
            Amount.ofUnknownUnit(BigDecimal.ZERO)))
        .build();
    SeedReports.assertTables(expected, report);
    assertEquals("固原市信访局", report.getOrgan());
    assertEquals(2019, report.getYear());
    assertEquals(Optional.empty(), report.getPublishedOn());
    assertEquals("市信访局高度重视信息公开工作，", start(report, SectionId.OVERVIEW, 15));
    assertSection(report, SectionId.OVERVIEW,
        report.getSections().getOverview().orElseThrow().split("\n")[0],
        "块，为群众提供便捷服务，方便群众通过微信进行投诉建议，并实时查询信访事项办理情况。", 5);
    assertSection(report, SectionId.PROBLEMS, "(一) 主要问题",
        "三是完善机制，加强统筹指导。进一步落实信息公开责任，完善信息公开机制建设，加强对全市各级信访部门"
            + "信息公开工作的统筹指导，不断提升政府信息公开工作水平。", 9);
    assertEquals(Optional.empty(), report.getSections().getOtherMatters());
    assertEquals(List.of("40 UNIT_UNKNOWN", "57 LABEL_FUZZY_MATCH", "78 EXTRA_NUMBER"),
        codes("002_48a57cdf3499fdc3.txt"));
  }

  @Test
  void seed003_oneCellPerParagraphWithPageChrome() {
    AnnualReport report = read("003_593a2a3db21939e1.txt");
    AnnualReport expected = Report2019.builder().organ("x").year(2019)
        .proactiveDisclosure(SeedReports.disclosure2019(new long[] {0, 0, 0}, 0,
            Amount.ofUnknownUnit(BigDecimal.ZERO)))
        .build();
    SeedReports.assertTables(expected, report);
    assertEquals("遂宁市安居区经济合作局", report.getOrgan());
    assertEquals(2019, report.getYear());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 30)), report.getPublishedOn());
    assertStarts(report, SectionId.OVERVIEW, "2019年我局高度重视政府信息公开工作");
    assertSection(report, SectionId.OVERVIEW,
        report.getSections().getOverview().orElseThrow().split("\n")[0],
        report.getSections().getOverview().orElseThrow().split("\n")[5], 6);
    assertEquals("4、规范公开内容,拓宽公开渠道。",
        report.getSections().getOverview().orElseThrow().split("\n")[5].substring(0, 16));
    assertSection(report, SectionId.PROBLEMS,
        report.getSections().getProblems().orElseThrow().split("\n")[0],
        "4、完善制度机制。结合工作实际,进一步完善制度和机制,保证政府信息公开工作的顺利开展。", 6);
    assertEquals(Optional.empty(), report.getSections().getOtherMatters());
    assertEquals(List.of("131 UNIT_UNKNOWN"), codes("003_593a2a3db21939e1.txt"));
  }

  @Test
  void seed004_edition2021WithNavigationAndStraySpaces() {
    AnnualReport report = read("004_769736e4f7e1b172.txt");
    AnnualReport expected = Report2021.builder().organ("x").year(2022)
        .proactiveDisclosure(ProactiveDisclosure2021.zeros())
        .applications(Applications.zeros(Edition.V2021))
        .reviewAndLitigation(ReviewAndLitigation.zeros())
        .build();
    SeedReports.assertTables(expected, report);
    assertEquals("巫溪县信访办公室", report.getOrgan());
    assertEquals(2022, report.getYear());
    assertEquals(Optional.of(LocalDate.of(2023, 1, 30)), report.getPublishedOn());
    assertStarts(report, SectionId.OVERVIEW, "(一)主动公开情况。");
    assertEquals("(五)监督保障情况。",
        report.getSections().getOverview().orElseThrow().split("\n")[4].substring(0, 10));
    assertEquals(5, report.getSections().getOverview().orElseThrow().split("\n").length);
    assertStarts(report, SectionId.PROBLEMS, "2022年,我办按照");
    assertEquals(2, report.getSections().getProblems().orElseThrow().split("\n").length);
    assertStarts(report, SectionId.OTHER_MATTERS, "本单位严格落实《政府信息公开条例》");
    assertEquals(1, report.getSections().getOtherMatters().orElseThrow().split("\n").length);
    assertEquals(List.of(), codes("004_769736e4f7e1b172.txt"));
  }
}
