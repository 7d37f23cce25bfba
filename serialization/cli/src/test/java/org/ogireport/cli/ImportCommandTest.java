package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CellState;
import org.ogireport.core.Table;
import org.ogireport.json.ReportJson;
import org.ogireport.testing.Fixtures;

class ImportCommandTest {

  static final String SEEDS = "../testing/src/main/resources/org/ogireport/testing/published/seeds/";

  /** Organ and year of each JSON line a run wrote. */
  private static List<String> reports(CliRun run) {
    return run.out().lines().map(ReportJson.standard()::read)
        .map(r -> r.getOrgan() + "|" + r.getYear()).toList();
  }

  @Test
  void printsOneJsonLinePerReportAndDiagnosticsUnderASummaryThatCountsThem() {
    CliRun run = CliRun.of("import", "--lang", "en", SEEDS + "000_b780817e18a3daa1.txt",
        SEEDS + "002_48a57cdf3499fdc3.txt");
    assertEquals(0, run.exit());
    assertEquals(List.of("重庆市合川区信访办|2019", "固原市信访局|2019"), reports(run));
    assertEquals(List.of(
        SEEDS + "002_48a57cdf3499fdc3.txt: 固原市信访局 2019 (2019): 0 errors, 2 warnings, 1 info",
        "  warning\tUNIT_UNKNOWN\tline 40:10: proactiveDisclosure.procurement.amount\t'0' prints no unit (元 or 万元): unit recorded as unknown",
        "  info\tLABEL_FUZZY_MATCH\tline 57: applications.outcomes.withheld.enforcementFiles\t"
            + "'7.属于行政执法' read as '7.属于行政执法案卷' (approximate match)",
        "  warning\tEXTRA_NUMBER\tline 78:31: reviewAndLitigation\trow '行政复议、行政诉讼' has 15 cells"
            + " but prints 16 values:"
            + " extra '0' ignored"),
        run.errLines());
  }

  @Test
  void unreadableFileGivesExit2AndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "某某局2020年政府信息公开工作年度报告\n一、总体情况\n无\n");
    CliRun run = CliRun.of("import", empty.toString(), dir.resolve("missing.txt").toString(),
        SEEDS + "004_769736e4f7e1b172.txt");
    assertEquals(2, run.exit());
    assertEquals(List.of("巫溪县信访办公室|2022"), reports(run));
    assertEquals("ogi-report import: " + empty + ": no table 三 (收到和处理政府信息公开申请情况) found",
        run.errLines().get(0));
    assertEquals("ogi-report import: " + dir.resolve("missing.txt") + ": no such file",
        run.errLines().get(1));
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertEquals(2, CliRun.of("import").exit());
  }

  @Test
  void messagesAreChineseByDefaultAndEnglishOnRequest() {
    String seed = SEEDS + "002_48a57cdf3499fdc3.txt";
    assertEquals("  warning\tEXTRA_NUMBER\tline 78:31: reviewAndLitigation\t"
        + "行“行政复议、行政诉讼”应有 15 个单元格，却印有 16 个，多余的“0”未读取",
        CliRun.of("import", seed).errLines().get(3));
    assertEquals("  warning\tEXTRA_NUMBER\tline 78:31: reviewAndLitigation\trow '行政复议、行政诉讼' has 15"
        + " cells but prints 16 values: extra '0' ignored",
        CliRun.of("import", "--lang", "en", seed).errLines().get(3));
  }

  /** What import writes is read back by check, one report per line, whatever the file's name. */
  @Test
  void importThenCheckReadsJsonLinesUnderAnyName(@TempDir Path dir) throws Exception {
    CliRun imported = CliRun.of("import", SEEDS + "000_b780817e18a3daa1.txt",
        "../testing/src/main/resources/org/ogireport/testing/published/realworld/hongze-2023.txt");
    Path out = Files.writeString(dir.resolve("out.json"), imported.out());
    CliRun check = CliRun.of("check", "--json", out.toString());
    assertEquals(1, check.exit(), check.err());   // 洪泽 2023 prints 总计 0 beside 11 reviews
    assertEquals("", check.err());
    assertEquals(List.of(out + ":1", out + ":2"),
        check.lines().stream().map(l -> l.get("source").asText()).toList());
    AnnualReport hongze = ReportJson.standard().read(imported.out().lines().toList().get(1));
    assertEquals(hongze.getOrgan(), check.lines().get(1).get("organ").asText());
    assertEquals(2, check.lines().get(1).get("errors").asInt());
  }

  // ---- --previous FILE

  static final String REALWORLD =
      "../testing/src/main/resources/org/ogireport/testing/published/realworld/";

  /**
   * pingtan-2019's report of the year before as the organ would have published it (we have no
   * real one): pingtan-2019's expected report for 2018, with each 上一年项目数量 of 2019 split
   * into 2018's 上一年项目数量 and 本年增/减 (3, or less when fewer), as SERIES-PROJECTS ties them;
   * made as PreviousYearImportTest makes it.
   */
  static final String PINGTAN_2018 = "src/test/resources/org/ogireport/cli/pingtan-2018.json";

  /** The blank cells of table 二 in the one report a run wrote; the others are as expected. */
  private static List<String> blanksOf二(CliRun run, AnnualReport expected) {
    AnnualReport read = ReportJson.standard().read(run.out().strip());
    Table<?, ?> got = read.getTables().get(0);
    Table<?, ?> want = expected.getTables().get(0);
    List<String> blanks = new ArrayList<>();
    for (CellSlot<?, ?> slot : want.getLayout().getSlots()) {
      Cell cell = got.getCells().get(slot.getIndex());
      if (cell.getState() == CellState.BLANK) {
        blanks.add(slot.getPath());
      } else {
        assertEquals(want.getCells().get(slot.getIndex()), cell, slot.getPath());
      }
    }
    return blanks;
  }

  @Test
  void previousDecidesCellsPrintedRunTogetherThatStayBlankWithoutIt() {
    AnnualReport expected = Fixtures.realWorld("pingtan-2019");
    String page = REALWORLD + "pingtan-2019.txt";
    CliRun alone = CliRun.of("import", "--lang", "en", page);
    CliRun withPrevious = CliRun.of("import", "--lang", "en", "--previous", PINGTAN_2018, page);
    assertEquals(0, alone.exit(), alone.err());
    assertEquals(0, withPrevious.exit(), withPrevious.err());

    List<String> blankAlone = blanksOf二(alone, expected);
    List<String> blankWithPrevious = blanksOf二(withPrevious, expected);
    assertEquals(19, blankAlone.size(), blankAlone::toString);
    assertEquals(List.of(
            "proactiveDisclosure.normativeDocuments.newlyMade",
            "proactiveDisclosure.normativeDocuments.newlyPublished",
            "proactiveDisclosure.normativeDocuments.totalPublished",
            "proactiveDisclosure.procurement.projects",
            "proactiveDisclosure.procurement.amount"),
        blankWithPrevious, "no series rule ties 规范性文件 or 政府集中采购 to last year");
    assertTrue(blankAlone.contains("proactiveDisclosure.licensing.previousYear"));
    assertTrue(alone.err().contains(
        "\tRUN_TOGETHER_AMBIGUOUS\tline 10:4383: proactiveDisclosure.licensing\t"), alone.err());
    assertTrue(withPrevious.errLines().stream().anyMatch(l -> l.startsWith(
            "  warning\tRUN_TOGETHER_RECOVERED\tline 10:4383: proactiveDisclosure.licensing\t")
        && l.contains("SERIES-PROJECTS")), withPrevious.err());
  }

  @Test
  void aPreviousReportNotOfTheYearBeforeIsSetAsideWithTheImportersWarning() {
    // a published report, imported first: pingtan-2022 is not the year before hongze-2024
    CliRun run = CliRun.of("import", "--lang", "en", "--previous", REALWORLD + "pingtan-2022.txt",
        REALWORLD + "hongze-2024.txt");
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("淮安市洪泽区人民政府|2024"), reports(run));
    assertTrue(run.errLines().contains("  warning\tPREVIOUS_NOT_LAST_YEAR\t\tthe report given as"
        + " last year's is for 2022, this report for 2024: the series rules were not used"),
        run.err());
    assertEquals(CliRun.of("import", REALWORLD + "hongze-2024.txt").out(), run.out());
  }

  @Test
  void aPreviousFileThatHoldsNoOneReportIsAOneLineErrorAndNothingIsImported(@TempDir Path dir)
      throws Exception {
    Path missing = dir.resolve("missing.json");
    Path noReport = Files.writeString(dir.resolve("notes.txt"), "某某局2020年政府信息公开工作年度报告\n无\n");
    Path two = Files.writeString(dir.resolve("two.jsonl"),
        Files.readString(Path.of(REALWORLD + "hongze-2023.expected.json")).replace("\n", "") + "\n"
            + Files.readString(Path.of(REALWORLD + "hongze-2024.expected.json")).replace("\n", "")
            + "\n");
    String input = REALWORLD + "hongze-2024.txt";
    for (List<String> args : List.of(
        List.of("--previous", missing.toString(), input),
        List.of("--previous", noReport.toString(), input),
        List.of("--previous", two.toString(), input),
        List.of("--previous", "-", "-"))) {
      List<String> command = new ArrayList<>(List.of("import"));
      command.addAll(args);
      CliRun run = CliRun.of(command.toArray(String[]::new));
      assertEquals(2, run.exit(), run.err());
      assertEquals("", run.out());
      assertEquals(1, run.errLines().size(), run.err());
    }
    assertEquals(List.of("ogi-report import: --previous " + missing + ": no such file"),
        CliRun.of("import", "--previous", missing.toString(), input).errLines());
    assertEquals(List.of("ogi-report import: --previous " + two + ": holds 2 reports, give the one"
            + " report of the year before"),
        CliRun.of("import", "--previous", two.toString(), input).errLines());
  }
}
