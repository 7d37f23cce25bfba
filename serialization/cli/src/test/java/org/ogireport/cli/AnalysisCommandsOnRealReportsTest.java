package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.json.ReportJson;

/** The two analysis commands on the real reports. */
class AnalysisCommandsOnRealReportsTest {

  private static final ReportJson JSON = ReportJson.standard();

  private static String file(String name) {
    return "../testing/src/main/resources/org/ogireport/testing/published/realworld/" + name
        + ".expected.json";
  }

  private static String[] run(String... args) {
    CliRun run = CliRun.of(args);
    return new String[] {Integer.toString(run.exit()), run.out(), run.err()};
  }

  @Test
  void indicatorsOfTheRealReports() {
    String[] r = run("indicators",
        file("hongze-2023"), file("hongze-2024"), file("huaian-2024"));
    assertEquals("0", r[0], r[2]);
    String[] lines = r[1].split("\r\n");
    assertEquals(4, lines.length);
    // 洪泽 2023: 21 handled; 部分公开 4/21; 不予公开 3/21; 不掌握 10/21; 复议 纠正 1 of 10 + 1
    // (its printed 总计 0 is not used); 诉讼 0 of 5; nothing carried forward
    assertEquals(file("hongze-2023") + ",淮安市洪泽区人民政府,2023,2021,21,0.000000,0.190476,"
        + "0.142857,0.476190,0.090909,0.000000,0.000000,0.190476", lines[1]);
    assertEquals(file("hongze-2024") + ",淮安市洪泽区人民政府,2024,2021,95,0.526316,0.094737,"
        + "0.031579,0.326316,0.500000,0.000000,0.000000,0.621053", lines[2]);
    // 淮安 2024: 1362/3050, 454/3050, 178/3050, 769/3050, 64/314, 5/39, 103/3153
    assertEquals(file("huaian-2024") + ",淮安市人民政府,2024,2021,3050,0.446557,0.148852,"
        + "0.058361,0.252131,0.203822,0.128205,0.032667,0.595410", lines[3]);
  }

  @Test
  void aggregateOfTheReal2024ReportsRoundTripsThroughJson() {
    String[] r = run("aggregate",
        "--organ", "淮安市（合计）", file("huaian-2024"), file("hongze-2024"));
    assertEquals("0", r[0], r[2]);
    AnnualReport sum = JSON.read(r[1]);
    assertEquals("淮安市（合计）", sum.getOrgan());
    assertEquals(2024, sum.getYear());
    assertEquals(3119 + 95,
        sum.getApplications().getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).getValue());
    assertEquals(351 + 2,
        sum.getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.TOTAL).getValue());
    assertEquals("ogi-report aggregate: 2 reports summed: 淮安市人民政府, 淮安市洪泽区人民政府",
        r[2].strip());
  }
}
