package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.ReviewAndLitigation;

class AnalysisCommandsTest {

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

  private static final Function<Path, AnnualReport> READER = path -> {
    AnnualReport report = FILES.get(path.toString());
    if (report == null) {
      throw new ReportFormatException(path.toString(), "no such file");
    }
    return report;
  };

  /** A stand-in for the JSON writer: organ, year and the 一、本年新收 总计. */
  private static final Function<AnnualReport, String> WRITER = report -> report.getOrgan() + " "
      + report.getYear() + " " + report.getApplications()
          .get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);

  private record Result(int code, String out, String err) {}

  private static Result run(Command command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indicatorsWritesOneCsvRowPerReport() {
    Result r = run(new IndicatorsCommand(READER), "fuling-2020.json", "b.json", "seed004.json");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "file,organ,year,edition,applications_handled,granted_share,partially_granted_share,"
            + "withheld_share,not_held_share,review_correction_rate,litigation_correction_rate,"
            + "carried_forward_share,substantive_disclosure_share\r\n"
            + "fuling-2020.json,重庆市涪陵区人民政府办公室,2020,2019,8,1.000000,0.000000,0.000000,"
            + "0.000000,1.000000,,0.000000,1.000000\r\n"
            + "b.json,\"乙局, \"\"二处\"\"\",2024,2021,5,1.000000,0.000000,0.000000,0.000000,,,"
            + "0.000000,1.000000\r\n"
            + "seed004.json,巫溪县信访办公室,2022,2021,0,,,,,,,,\r\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void indicatorsGoesOnAfterAnUnreadableInputAndExits2() {
    Result r = run(new IndicatorsCommand(READER), "missing.json", "a.json");
    assertEquals(2, r.code());
    assertEquals("ogi-report indicators: missing.json: no such file\n", r.err().replace("\r", ""));
    assertEquals(2, r.out().split("\r\n").length);
  }

  @Test
  void aggregateWritesTheSumAndNamesTheContributors() {
    Result r = run(new AggregateCommand(READER, WRITER), "--organ", "某县", "a.json", "b.json");
    assertEquals(0, r.code(), r.err());
    assertEquals("某县 2024 15\n", r.out().replace("\r", ""));
    assertEquals("ogi-report aggregate: 2 reports summed: 甲局, 乙局, \"二处\"\n",
        r.err().replace("\r", ""));
    assertEquals("汇总 2024 15\n",
        run(new AggregateCommand(READER, WRITER), "a.json", "b.json").out().replace("\r", ""));
  }

  @Test
  void aggregateWritesNothingWhenAnInputIsMissingOrDiffers() {
    Result missing = run(new AggregateCommand(READER, WRITER), "a.json", "missing.json");
    assertEquals(2, missing.code());
    assertEquals("", missing.out());
    assertEquals("ogi-report aggregate: missing.json: no such file\n"
            + "ogi-report aggregate: nothing written: a sum without every input would mislead\n",
        missing.err().replace("\r", ""));
    Result mixed = run(new AggregateCommand(READER, WRITER), "a.json", "seed004.json");
    assertEquals(2, mixed.code());
    assertEquals("", mixed.out());
    assertEquals("ogi-report aggregate: reports of one edition and year only: report 2, "
            + "巫溪县信访办公室 (2022, edition 2021), differs from the first, 甲局 (2024, edition 2021)\n",
        mixed.err().replace("\r", ""));
  }

  @Test
  void badArgumentsExit2WithUsage() {
    assertEquals(2, run(new AggregateCommand(READER, WRITER)).code());
    assertEquals(2, run(new AggregateCommand(READER, WRITER), "--organ").code());
    Result unknown = run(new AggregateCommand(READER, WRITER), "--sum", "a.json");
    assertEquals(2, unknown.code());
    assertEquals("ogi-report aggregate: unknown option --sum\nusage: ogi-report aggregate "
            + "[--organ NAME] FILE...   sum reports of one edition and year into one\n",
        unknown.err().replace("\r", ""));
    assertEquals(2, run(new IndicatorsCommand(READER)).code());
    assertEquals(2, run(new IndicatorsCommand(READER), "--json", "a.json").code());
  }
}
