package org.ogireport.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableId;
import org.ogireport.testing.Fixtures;

/** The two real 淮安市洪泽区人民政府 reports, 2023 and 2024, compared. */
class CompareHongzeTest {

  private static YearComparison c;

  @BeforeAll
  static void compare() {
    c = ReportComparator.create()
        .compare(Fixtures.realWorld("hongze-2023"), Fixtures.realWorld("hongze-2024"));
  }

  private static CellComparison cell(String path) {
    return c.getCell(path).orElseThrow(() -> new AssertionError("no cell " + path));
  }

  @Test
  void everyCellOfTheThreeTablesIsComparedAndCounted() {
    // 10 + 175 + 15 cells of the 2021 form, both years
    assertEquals(200, c.getCells().size());
    assertEquals(10, c.getCells(TableId.PROACTIVE_DISCLOSURE).size());
    assertEquals(20, c.count(Change.INCREASED));
    assertEquals(10, c.count(Change.DECREASED));
    assertEquals(170, c.count(Change.UNCHANGED));
    assertEquals(0, c.count(Change.NUMBER_MISSING));
    assertEquals(0, c.count(Change.NOT_COMPARABLE));
    assertFalse(c.isEditionChange());
  }

  @Test
  void cellsCarryBothYearsTheDifferenceAndTheRelativeChange() {
    CellComparison received = cell("applications.newReceived.total");
    assertEquals("表三 一、本年新收政府信息公开申请数量·总计", received.getLabel());
    assertEquals("21", received.getPrevious().orElseThrow().getText());
    assertEquals("95", received.getCurrent().orElseThrow().getText());
    assertEquals(Change.INCREASED, received.getChange());
    assertEquals(new BigDecimal("74"), received.getDifference().orElseThrow());
    assertEquals(new BigDecimal("3.5238"), received.getRelativeChange().orElseThrow());

    CellComparison licensing = cell("proactiveDisclosure.licensing.decisions");
    assertEquals(new BigDecimal("8937"), licensing.getDifference().orElseThrow());
    CellComparison fees = cell("proactiveDisclosure.fees.amount");
    assertEquals("7730.28万元", fees.getPrevious().orElseThrow().getText());
    assertEquals("7545万元", fees.getCurrent().orElseThrow().getText());
    assertEquals(Change.DECREASED, fees.getChange());
    assertEquals(0, new BigDecimal("-185.28").compareTo(fees.getDifference().orElseThrow()));

    // 2023 printed 行政复议 总计 0 beside 维持 10 and 纠正 1: the printed cells are compared
    CellComparison reviewTotal = cell("reviewAndLitigation.review.total");
    assertEquals("0", reviewTotal.getPrevious().orElseThrow().getText());
    assertEquals(new BigDecimal("2"), reviewTotal.getDifference().orElseThrow());
    assertEquals(Optional.empty(), reviewTotal.getRelativeChange());
    assertEquals(new BigDecimal("-9"), cell("reviewAndLitigation.review.upheld")
        .getDifference().orElseThrow());

    CellComparison carried = cell("applications.carriedOver.total");
    assertEquals(Change.UNCHANGED, carried.getChange());
    assertEquals(new BigDecimal("0"), carried.getDifference().orElseThrow());
  }

  @Test
  void sectionsHaveTheirSimilarityAndChangedPassages() {
    SectionComparison overview = c.getSection(SectionId.OVERVIEW);
    assertEquals(new BigDecimal("0.4885"), overview.getSimilarity().orElseThrow());
    assertEquals(6, overview.getPassages().size());
    assertEquals(new Passage("2023年，我区在政府网站平台主动公开政府信息1136条。",
            "2024年，我区在政府网站平台主动发布各类政府信息2428条，公开政府常务会议7期，解读信息发布7条。"),
        overview.getPassages().get(1));

    SectionComparison problems = c.getSection(SectionId.PROBLEMS);
    assertEquals(new BigDecimal("0.5268"), problems.getSimilarity().orElseThrow());
    // "一是扎实推进依申请公开工作，…" is in both years and in no passage
    assertEquals(2, problems.getPassages().size());
    for (Passage p : problems.getPassages()) {
      assertFalse(p.removed().contains("一是扎实推进依申请公开工作"), p.removed());
      assertFalse(p.added().contains("一是扎实推进依申请公开工作"), p.added());
    }
    assertTrue(problems.getPassages().get(1).added()
        .startsWith("二是加强对典型案例的研究、梳理和汇总。"));

    SectionComparison other = c.getSection(SectionId.OTHER_MATTERS);
    assertEquals(new BigDecimal("0.9795"), other.getSimilarity().orElseThrow());
    assertEquals(List.of(new Passage(
            "2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。",
            "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。")),
        other.getPassages());
  }

  @Test
  void theSeriesRulesFindNothingBetweenTheTwoYears() {
    // 四 2023 = 0 = 二 2024 in every column (SERIES-CARRY); 行政规范性文件 in force 5 + 3 − 0 = 8
    // (SERIES-IN-FORCE); section 五 52.7% similar, below 90% (SERIES-COPIED-PROBLEMS)
    assertEquals(List.of(), c.getFindings());
  }

  @Test
  void htmlMarksTheCellsOfTheOfficialTables() throws Exception {
    String html = ComparisonFormat.HTML.render(c);
    // for a look in a browser; src/doc/compare-hongze.png is its screenshot
    Files.writeString(Path.of("target", "compare-hongze.html"), html);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<h1>淮安市洪泽区人民政府：2023年与2024年政府信息公开工作年度报告对比</h1>"));
    assertTrue(html.contains("<td class=\"ogi-up\" title=\"2023年：21 → 2024年：95（增加 +74，+352.4%）\">"
        + "95<br><small>上年 21，+74</small></td>"), html);
    assertTrue(html.contains("<td class=\"ogi-down\" title=\"2023年：7730.28万元 → 2024年：7545万元"
        + "（减少 -185.28，-2.4%）\" colspan=\"3\">7545<br><small>上年 7730.28万元，-185.28</small></td>"),
        html);
    assertEquals(170, html.split("<td class=\"ogi-same\"", -1).length - 1);
    assertTrue(html.contains("<li class=\"ogi-passage\"><del>2023年，我区在政府网站平台主动公开政府信息1136条。"
        + "</del><br><ins>2024年，"));
    // 0.5268 shown rounded down, as SERIES-COPIED-PROBLEMS rounds
    assertTrue(html.contains("<p>相似度 52.6%（逐字编辑距离，不计空白），改动 2 处</p>"), html);
  }

  @Test
  void markdownListsEveryCellWithBothYears() {
    String md = ComparisonFormat.MARKDOWN.render(c);
    assertTrue(md.startsWith("# 淮安市洪泽区人民政府：2023年与2024年政府信息公开工作年度报告对比\n\n"
        + "表格单元格：增加 20，减少 10，未变 170，一年无数字 0，不可比 0。跨年度规则提示 0 条。\n"), md);
    assertTrue(md.contains("| 表三 一、本年新收政府信息公开申请数量·总计 | 21 | 95 | 增加 | +74（+352.4%） |  |\n"),
        md);
    assertTrue(md.contains("| 表二 第二十条第（八）项 行政事业性收费·本年收费金额（单位：万元） | 7730.28万元 | 7545万元 | 减少 | "
        + "-185.28（-2.4%） |  |\n"), md);
    assertEquals(200, md.lines().filter(l -> l.startsWith("| 表")).count());
  }

  @Test
  void jsonHasEveryCellWithExactValues() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ComparisonFormat.JSON.render(c));
    assertEquals("淮安市洪泽区人民政府", json.get("organ").asText());
    assertEquals(2023, json.get("previous").get("year").asInt());
    assertEquals(200, json.get("cells").size());
    JsonNode fees = null;
    for (JsonNode cell : json.get("cells")) {
      if (cell.get("path").asText().equals("proactiveDisclosure.fees.amount")) {
        fees = cell;
      }
    }
    assertEquals("decreased", fees.get("change").asText());
    assertEquals(new BigDecimal("-185.28"), fees.get("difference").decimalValue());
    assertEquals(new BigDecimal("7730.28"), fees.get("previous").get("value").decimalValue());
    assertEquals("万元", fees.get("current").get("unit").asText());
    assertEquals(3, json.get("sections").size());
    assertEquals(new BigDecimal("0.9795"),
        json.get("sections").get(2).get("similarity").decimalValue());
    assertEquals(0, json.get("findings").size());
  }
}
