package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.json.ReportJson;

class AnalysisCommandsTest {

  private static final ReportJson JSON = ReportJson.standard();

  /** Seed 001's tables 三 and 四: 8 applications all granted, one review corrected. */
  private static final AnnualReport FULING_2020 = Report2019.builder()
      .organ("重庆市涪陵区人民政府办公室")
      .year(2020)
      .applications(Applications.builder(Edition.V2019)
          .setRow(ApplicationRow.NEW_RECEIVED, 8, 0, 0, 0, 0, 0, 8)
          .setRow(ApplicationRow.GRANTED, 8, 0, 0, 0, 0, 0, 8)
          .fillTotals()
          .build())
      .reviewAndLitigation(ReviewAndLitigation.builder()
          .setRow(CaseBlock.REVIEW, 0, 1, 0, 0, 1)
          .build())
      .build();

  private static AnnualReport department(String organ, long received, long granted) {
    return Report2021.builder()
        .organ(organ)
        .year(2024)
        .applications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, received)
            .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, granted)
            .set(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON, received - granted)
            .fillTotals()
            .build())
        .build();
  }

  private static final Map<String, AnnualReport> FILES = Map.of(
      "fuling-2020.json", FULING_2020,
      "a.json", department("甲局", 10, 7),
      "b.json", department("乙局, \"二处\"", 5, 5),
      "seed004.json", Report2021.builder().organ("巫溪县信访办公室").year(2022).build());

  @TempDir Path dir;

  /** Writes the reports as JSON files in a temporary folder; the arguments name them there. */
  private Result run(String... args) throws IOException {
    List<String> all = new ArrayList<>();
    for (String arg : args) {
      AnnualReport report = FILES.get(arg);
      if (report != null) {
        Files.writeString(dir.resolve(arg), JSON.write(report));
      }
      all.add(arg.endsWith(".json") ? dir.resolve(arg).toString() : arg);
    }
    CliRun run = CliRun.of(all.toArray(String[]::new));
    return new Result(run.exit(), run.out(), run.err());
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  /** Organ, year and the 一、本年新收 总计 of the report JSON a command wrote. */
  private static String summed(String json) {
    AnnualReport report = JSON.read(json);
    return report.getOrgan() + " " + report.getYear() + " "
        + report.getApplications().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
  }

  private record Result(int code, String out, String err) {}

  @Test
  void indicatorsWritesOneCsvRowPerReport() throws IOException {
    Result r = run("indicators", "fuling-2020.json", "b.json", "seed004.json");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "file,organ,year,edition,applications_handled,granted_share,partially_granted_share,"
            + "withheld_share,not_held_share,review_correction_rate,litigation_correction_rate,"
            + "carried_forward_share,substantive_disclosure_share\r\n"
            + file("fuling-2020.json") + ",重庆市涪陵区人民政府办公室,2020,2019,8,1.000000,0.000000,0.000000,"
            + "0.000000,1.000000,,0.000000,1.000000\r\n"
            + file("b.json") + ",\"乙局, \"\"二处\"\"\",2024,2021,5,1.000000,0.000000,0.000000,0.000000,,,"
            + "0.000000,1.000000\r\n"
            + file("seed004.json") + ",巫溪县信访办公室,2022,2021,0,,,,,,,,\r\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void indicatorsGoesOnAfterAnUnreadableInputAndExits2() throws IOException {
    Result r = run("indicators", "missing.json", "a.json");
    assertEquals(2, r.code());
    assertEquals("ogi-report indicators: " + file("missing.json") + ": no such file\n",
        r.err().replace("\r", ""));
    assertEquals(2, r.out().split("\r\n").length);
  }

  @Test
  void aggregateWritesTheSumAndNamesTheContributors() throws IOException {
    Result r = run("aggregate", "--organ", "某县", "a.json", "b.json");
    assertEquals(0, r.code(), r.err());
    assertEquals("某县 2024 15", summed(r.out()));
    assertEquals("ogi-report aggregate: 2 reports summed: 甲局, 乙局, \"二处\"\n",
        r.err().replace("\r", ""));
    assertEquals("汇总 2024 15", summed(run("aggregate", "a.json", "b.json").out()));
  }

  @Test
  void aggregateWritesNothingWhenAnInputIsMissingOrDiffers() throws IOException {
    Result missing = run("aggregate", "a.json", "missing.json");
    assertEquals(2, missing.code());
    assertEquals("", missing.out());
    assertEquals("ogi-report aggregate: " + file("missing.json") + ": no such file\n"
            + "ogi-report aggregate: nothing written: a sum without every input would mislead\n",
        missing.err().replace("\r", ""));
    Result mixed = run("aggregate", "a.json", "seed004.json");
    assertEquals(2, mixed.code());
    assertEquals("", mixed.out());
    assertEquals("ogi-report aggregate: reports of one edition and year only: report 2, "
            + "巫溪县信访办公室 (2022, edition 2021), differs from the first, 甲局 (2024, edition 2021)\n",
        mixed.err().replace("\r", ""));
  }

  @Test
  void badArgumentsExit2WithUsage() throws IOException {
    assertEquals(2, run("aggregate").code());
    assertEquals(2, run("aggregate", "--organ").code());
    assertEquals(2, run("aggregate", "--organ", " ", "a.json").code());
    Result unknown = run("aggregate", "--sum", "a.json");
    assertEquals(2, unknown.code());
    assertEquals("ogi-report aggregate: Unknown option: '--sum'\n"
            + "Usage: ogi-report aggregate [-h] [--lang=zh|en] [--organ=NAME] INPUT...\n"
            + "Try 'ogi-report aggregate --help' for more information.\n",
        unknown.err().replace("\r", ""));
    assertEquals(2, run("indicators").code());
    assertEquals(2, run("indicators", "--json", "a.json").code());
  }
}
