package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportJson;

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
        + " cells but prints 16"
        + " values: extra '0' ignored", CliRun.of("import", "--lang", "en", seed).errLines().get(3));
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
}
