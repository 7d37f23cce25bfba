package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Sections;
import org.ogireport.core.analysis.NextYearForm;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.samples.Samples;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;

/** The series rules on pairs of years built from the seeds' and the real reports' numbers. */
class SeriesRulesTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  /** Seed 001's section 五, 2020. */
  static final String FULING_PROBLEMS = "（一）政府信息公开工作存在的问题\n区政府办信息公开工作取得一定成效，但也存在一些"
      + "薄弱环节，主要表现在：一是公开广度深度有待进一步拓展。二是公开内容有待进一步丰富完善。三是工作人员的业务"
      + "水平还有待进一步提高。\n（二）具体解决办法和改进措施\n一是进一步加大主动公开力度。着力提高干部职工对政务公开"
      + "工作的认识，加强对政府信息公开工作的日常检查指导。 二是进一步提升政务信息公开质量，加强政府信息梳理，及时公开"
      + "相关信息，确保公开信息的完整性和准确性。三是进一步加强机构队伍建设。强化人员力量，加强业务培训，促进政府信息"
      + "公开工作水平持续不断提升。";

  /** Seed 001: 重庆市涪陵区人民政府办公室 2020, edition 2019, with its whole section 五. */
  static Report2019 fuling2020() {
    return (Report2019) AnnualReport.builder(Edition.V2019).from(Samples.seed001())
        .sections(Sections.builder().problems(FULING_PROBLEMS).otherMatters("无。").build())
        .build();
  }

  /** The same organ's 2019 report: table 二 items （五）（六）（八） as given, 四 as given. */
  private static Report2019 fuling2019(ProactiveDisclosure2019 disclosure, long carriedForward) {
    return Report2019.builder()
        .organ("重庆市涪陵区人民政府办公室")
        .year(2019)
        .proactiveDisclosure(disclosure)
        .applications(Applications.builder(Edition.V2019)
            .setRow(ApplicationRow.NEW_RECEIVED, carriedForward, 0, 0, 0, 0, 0, carriedForward)
            .setRow(ApplicationRow.CARRIED_FORWARD, carriedForward, 0, 0, 0, 0, 0, carriedForward)
            .build())
        .build();
  }

  /** 淮安市洪泽区人民政府 2024's table 二 (2023 is {@link Samples#hongze2023()}). */
  private static Report2021 hongze2024(long normativeInForce) {
    return Report2021.builder()
        .organ("淮安市洪泽区人民政府")
        .year(2024)
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 3, 0, normativeInForce)
            .setRow(Disclosure2021Row.LICENSING, 9487)
            .setRow(Disclosure2021Row.PENALTIES, 2776)
            .setRow(Disclosure2021Row.COMPULSION, 84)
            .build())
        .build();
  }

  /** A skipped rule as {@code RULE PREVIOUS→YEAR: reason}, the reason in English. */
  static String skipped(Diagnostic d) {
    assertEquals(Severity.INFO, d.getSeverity());
    return d.getCode() + " " + d.getArguments().get("previousYear") + "→"
        + d.getLocation().getYear().orElseThrow() + ": " + Fixture.en(d);
  }

  @Test
  void theSeedsTwoYearsAgreeAndNoRuleIsSkipped() {
    SeriesValidationResult result = VALIDATOR.validate(
        ReportSeries.of(fuling2019(ProactiveDisclosure2019.zeros(), 0), fuling2020()));
    assertEquals(List.of(), result.getDiagnostics());
    assertEquals(
        List.of("SERIES-COPIED-PROBLEMS 2019→2020: the 2019 report has no section 五"),
        result.getSkipped().stream().map(SeriesRulesTest::skipped).toList());
  }

  @Test
  void seriesCarryNamesBothYearsCells() {
    SeriesValidationResult result = VALIDATOR.validate(
        ReportSeries.of(fuling2019(ProactiveDisclosure2019.zeros(), 2), fuling2020()));
    List<Diagnostic> carry = result.filter(Rule.SERIES_CARRY);
    assertEquals(List.of("2020:applications.carriedOver.naturalPerson",
        "2020:applications.carriedOver.total"), carry.stream().map(Fixture::path).toList());
    Diagnostic v = carry.get(0);
    assertEquals(Severity.WARNING, v.getSeverity());
    assertEquals(List.of("2019:applications.carriedForward.naturalPerson",
        "2020:applications.carriedOver.naturalPerson"), Fixture.cells(v));
    assertEquals(Count.of(2), v.getCells().values().iterator().next());
    assertEquals("0 vs 2 (difference -2)", v.getSides().orElseThrow().toString());
    assertEquals("2020:applications.carriedOver.naturalPerson: 二、上年结转 of 2020 is 0, but "
        + "四、结转下年度继续办理 of 2019 is 2 (difference -2)", Fixture.en(v));
    assertEquals("2020年 表三 二、上年结转政府信息公开申请数量·自然人：2020 年二、上年结转为 0，但 2019 年"
            + "四、结转下年度继续办理为 2（相差 -2）",
        VALIDATOR.validate(ReportSeries.of(fuling2019(ProactiveDisclosure2019.zeros(), 2),
            fuling2020())).getDiagnostics().get(0).getMessage(Locale.CHINA));
  }

  @Test
  void seriesProjectsComparesLastYearsCountPlusChange() {
    ProactiveDisclosure2019 y2019 = ProactiveDisclosure2019.builder()
        .setRow(Disclosure2019Row.LICENSING, 3, 1, 20)
        .setRow(Disclosure2019Row.FEES, 2, -2)
        .build();
    SeriesValidationResult result =
        VALIDATOR.validate(ReportSeries.of(fuling2019(y2019, 0), fuling2020()));
    List<Diagnostic> projects = result.filter(Rule.SERIES_PROJECTS);
    assertEquals(1, projects.size(), result.toString());
    Diagnostic v = projects.get(0);
    assertEquals("2020:proactiveDisclosure.licensing.previousYear", Fixture.path(v));
    assertEquals(List.of("2019:proactiveDisclosure.licensing.previousYear",
        "2019:proactiveDisclosure.licensing.change",
        "2020:proactiveDisclosure.licensing.previousYear"), Fixture.cells(v));
    assertEquals("0 vs 4 (difference -4)", v.getSides().orElseThrow().toString());
    // 行政事业性收费 2 − 2 = 0 = 2020's 0: no violation
  }

  @Test
  void acrossTheEditionChangeCarryAppliesAndTheOthersAreSkippedWithReasons() {
    Report2019 y2020 = fuling2020();
    AnnualReport y2021 = NextYearForm.from(y2020);
    SeriesValidationResult passing = VALIDATOR.validate(ReportSeries.of(y2020, y2021));
    assertEquals(List.of(), passing.getDiagnostics());
    assertEquals(List.of(
            "SERIES-IN-FORCE 2020→2021: 2020 follows edition 2019 and 2021 edition 2021: "
                + "SERIES-IN-FORCE compares two years of edition 2021",
            "SERIES-PROJECTS 2020→2021: 2020 follows edition 2019 and 2021 edition 2021: "
                + "SERIES-PROJECTS compares two years of edition 2019",
            "SERIES-COPIED-PROBLEMS 2020→2021: the 2021 report has no section 五"),
        passing.getSkipped().stream().map(SeriesRulesTest::skipped).toList());
    AnnualReport wrong = ImmutableReport2021.copyOf((Report2021) y2021)
        .withApplications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.CARRIED_OVER, Applicant.LEGAL_SERVICE_AGENCY, 1)
            .build());
    SeriesValidationResult failing = VALIDATOR.validate(ReportSeries.of(y2020, wrong));
    assertEquals(List.of("2021:applications.carriedOver.legalServiceAgency"),
        failing.getDiagnostics().stream().map(Fixture::path).toList());
    assertEquals(3, failing.getSkipped().size());
  }

  @Test
  void seriesInForceHoldsForHongzeAndFiresWhenTheStockDoesNotAddUp() {
    Report2021 y2023 = Samples.hongze2023();
    assertEquals(List.of(), VALIDATOR.validate(ReportSeries.of(y2023, hongze2024(8)))
        .filter(Rule.SERIES_IN_FORCE));
    List<Diagnostic> wrong = VALIDATOR.validate(ReportSeries.of(y2023, hongze2024(9))).filter(Rule.SERIES_IN_FORCE);
    assertEquals(1, wrong.size());
    Diagnostic v = wrong.get(0);
    assertEquals("2024:proactiveDisclosure.normativeDocuments.inForce", Fixture.path(v));
    assertEquals(List.of("2023:proactiveDisclosure.normativeDocuments.inForce",
        "2024:proactiveDisclosure.normativeDocuments.issued",
        "2024:proactiveDisclosure.normativeDocuments.repealed",
        "2024:proactiveDisclosure.normativeDocuments.inForce"), Fixture.cells(v));
    assertEquals("9 vs 8 (difference 1)", v.getSides().orElseThrow().toString());
    assertEquals("2024:proactiveDisclosure.normativeDocuments.inForce: 现行有效件数 of 2024 is 9, "
        + "but that of 2023 plus this year's 本年制发件数 minus 本年废止件数 is 8 (difference 1)",
        Fixture.en(v));
  }

  @Test
  void aCopiedSectionFiveIsFoundWithItsSimilarity() {
    Report2019 y2020 = fuling2020();
    Report2021 copied = Report2021.builder().organ(y2020.getOrgan()).year(2021)
        .sections(Sections.builder()
            .problems(FULING_PROBLEMS.replace("三是工作人员", "三是部分工作人员")).build())
        .build();
    SeriesValidationResult result = VALIDATOR.validate(ReportSeries.of(y2020, copied));
    List<Diagnostic> found = result.filter(Rule.SERIES_COPIED_PROBLEMS);
    assertEquals(1, found.size());
    assertEquals("2021:sections.problems", Fixture.path(found.get(0)));
    assertEquals("99.2 vs 90 (difference 9.2)", found.get(0).getSides().orElseThrow().toString());
    assertEquals("2021:sections.problems: section 五 is 99.2% identical to that of 2020 (90% or "
        + "more counts as copied)", Fixture.en(found.get(0)));
    Report2021 rewritten = ImmutableReport2021.copyOf(copied).withSections(Sections.builder()
        .problems("一是政策解读形式单一，图解、视频解读占比不高；二是依申请公开答复文书格式不统一；三是基层政务"
            + "公开专区建设不平衡。下一步，我办将丰富解读形式，统一文书模板，并开展专区建设督查。")
        .build());
    assertEquals(List.of(), VALIDATOR.validate(ReportSeries.of(y2020, rewritten))
        .filter(Rule.SERIES_COPIED_PROBLEMS));
  }

  @Test
  void aShortSectionFiveIsNotCompared() {
    Report2019 y2019 = Report2019.builder().organ("重庆市涪陵区人民政府办公室").year(2019)
        .sections(Sections.builder().problems("无。").build()).build();
    Report2019 y2020 = Report2019.builder().from(y2019).year(2020).build();
    SeriesValidationResult result = VALIDATOR.validate(ReportSeries.of(y2019, y2020));
    assertEquals(List.of(), result.getDiagnostics());
    assertEquals(List.of("SERIES-COPIED-PROBLEMS 2019→2020: section 五 of the 2019 report has 2 "
        + "characters, fewer than the 50 compared"),
        result.getSkipped().stream().map(SeriesRulesTest::skipped).toList());
  }

  @Test
  void seriesViolationsCanBeSuppressedLikeAnyOther() {
    ReportSeries series =
        ReportSeries.of(fuling2019(ProactiveDisclosure2019.zeros(), 2), fuling2020());
    ReportValidator validator = ReportValidator.builder().clock(Fixture.CLOCK)
        .suppress("SERIES-CARRY", "applications.carriedOver.total").build();
    assertEquals(List.of("2020:applications.carriedOver.naturalPerson"),
        validator.validate(series).getDiagnostics().stream().map(Fixture::path).toList());
    assertTrue(ReportValidator.builder().clock(Fixture.CLOCK).suppress(Rule.SERIES_CARRY).build()
        .validate(series).getDiagnostics().isEmpty());
  }

  /**
   * A report of an organ whose five totals SERIES-JUMP compares are as given: 一、本年新收 and
   * 三（七）总计 (all 自然人, all granted), 行政复议 and the two 行政诉讼 blocks (all upheld); 二 and 四
   * are 0, so SERIES-CARRY holds.
   */
  private static AnnualReport totals(Edition edition, int year, long received, long handled,
      long reviews, long direct, long afterReview) {
    Applications applications = Applications.builder(edition)
        .setRow(ApplicationRow.NEW_RECEIVED, received, 0, 0, 0, 0, 0, received)
        .setRow(ApplicationRow.GRANTED, handled, 0, 0, 0, 0, 0, handled)
        .setRow(ApplicationRow.OUTCOME_TOTAL, handled, 0, 0, 0, 0, 0, handled)
        .build();
    ReviewAndLitigation review = ReviewAndLitigation.builder()
        .setRow(CaseBlock.REVIEW, reviews, 0, 0, 0, reviews)
        .setRow(CaseBlock.LITIGATION_DIRECT, direct, 0, 0, 0, direct)
        .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, afterReview, 0, 0, 0, afterReview)
        .build();
    return AnnualReport.builder(edition).organ("某某区人民政府办公室").year(year)
        .applications(applications).reviewAndLitigation(review).build();
  }

  private static List<String> jumps(AnnualReport last, AnnualReport now) {
    return VALIDATOR.validate(ReportSeries.of(last, now)).getDiagnostics().stream()
        .map(d -> d.getCode() + " " + Fixture.path(d) + " " + d.getSides().orElseThrow())
        .toList();
  }

  @Test
  void seriesJumpFiresOnEachOfTheFiveTotalsOnItsOwnCell() {
    assertEquals(List.of(
            "SERIES-JUMP 2024:applications.newReceived.total 60 vs 11 (difference 49)",
            "SERIES-JUMP 2024:applications.outcomes.total.total 2 vs 12 (difference -10)",
            "SERIES-JUMP 2024:reviewAndLitigation.litigationAfterReview.total 0 vs 15 (difference -15)",
            "SERIES-JUMP 2024:reviewAndLitigation.litigationDirect.total 71 vs 14 (difference 57)",
            "SERIES-JUMP 2024:reviewAndLitigation.review.total 66 vs 13 (difference 53)"),
        jumps(totals(Edition.V2021, 2023, 11, 12, 13, 14, 15),
            totals(Edition.V2021, 2024, 60, 2, 66, 71, 0)));
    Diagnostic d = VALIDATOR.validate(ReportSeries.of(totals(Edition.V2021, 2023, 11, 12, 13, 14, 15),
        totals(Edition.V2021, 2024, 60, 2, 66, 71, 0))).filter(Rule.SERIES_JUMP).get(3);
    assertEquals(List.of("2023:reviewAndLitigation.litigationDirect.total",
        "2024:reviewAndLitigation.litigationDirect.total"), Fixture.cells(d));
    assertEquals(Severity.WARNING, d.getSeverity());
  }

  @Test
  void seriesJumpPassesAtExactlyFiveTimesAndAFifthAndFromTenLastYear() {
    // 一、本年新收 from last year to this: exactly 5x and 1/5 pass, one more or one less fires
    assertEquals(List.of(), jumps(totals(Edition.V2021, 2023, 10, 10, 0, 0, 0),
        totals(Edition.V2021, 2024, 50, 2, 0, 0, 0)));
    assertEquals(List.of("SERIES-JUMP 2024:applications.newReceived.total 51 vs 10 (difference 41)",
            "SERIES-JUMP 2024:applications.outcomes.total.total 1 vs 10 (difference -9)"),
        jumps(totals(Edition.V2021, 2023, 10, 10, 0, 0, 0),
            totals(Edition.V2021, 2024, 51, 1, 0, 0, 0)));
    // last year 9: not compared, whatever this year holds; from 10 it is
    assertEquals(List.of(), jumps(totals(Edition.V2021, 2023, 9, 9, 9, 9, 9),
        totals(Edition.V2021, 2024, 900, 0, 900, 0, 900)));
    assertEquals(List.of("SERIES-JUMP 2024:reviewAndLitigation.review.total 0 vs 10 (difference -10)"),
        jumps(totals(Edition.V2021, 2023, 0, 0, 10, 0, 0), totals(Edition.V2021, 2024, 0, 0, 0, 0, 0)));
  }

  @Test
  void seriesJumpSaysTheRatioInBothLanguagesRoundedAwayFromOne() {
    List<Diagnostic> up = VALIDATOR.validate(ReportSeries.of(
        totals(Edition.V2021, 2023, 12, 0, 0, 0, 0), totals(Edition.V2021, 2024, 95, 0, 0, 0, 0)))
        .filter(Rule.SERIES_JUMP);
    assertEquals(1, up.size());
    assertEquals("2024:applications.newReceived.total is 95 in 2024, 7.92 times the 12 of 2023 "
        + "(more than 5 times last year's, or less than 1/5 of it, is a jump to check)",
        Fixture.en(up.get(0)));
    assertEquals("2024年 表三 一、本年新收政府信息公开申请数量·总计：2024 年为 95，是 2023 年（12）的 7.92 倍"
        + "（超过上年的 5 倍或不足 1/5 即属异常变动，请核实）", Fixture.zh(up.get(0)));
    // 200,001 of 1,000,006 is 0.199999…: shown as 0.19, never as the threshold 0.2
    Diagnostic down = VALIDATOR.validate(ReportSeries.of(
        totals(Edition.V2021, 2023, 0, 0, 1_000_006, 0, 0),
        totals(Edition.V2021, 2024, 0, 0, 200_001, 0, 0))).filter(Rule.SERIES_JUMP).get(0);
    assertEquals("2024:reviewAndLitigation.review.total is 200001 in 2024, 0.19 times the 1000006 of "
        + "2023 (more than 5 times last year's, or less than 1/5 of it, is a jump to check)",
        Fixture.en(down));
    assertEquals("0.19", down.getArguments().get("ratio"));
    // 5,001 of 1,000 is 5.001: shown as 5.01, not 5.00
    Diagnostic over = VALIDATOR.validate(ReportSeries.of(
        totals(Edition.V2021, 2023, 0, 1_000, 0, 0, 0),
        totals(Edition.V2021, 2024, 0, 5_001, 0, 0, 0))).filter(Rule.SERIES_JUMP).get(0);
    assertEquals("5.01", over.getArguments().get("ratio"));
  }

  @Test
  void seriesJumpComparesAcrossTheEditionChangeAndIsNeverSkipped() {
    SeriesValidationResult result = VALIDATOR.validate(ReportSeries.of(
        totals(Edition.V2019, 2020, 10, 10, 0, 0, 0), totals(Edition.V2021, 2021, 60, 10, 0, 0, 0)));
    assertEquals(List.of("2021:applications.newReceived.total"),
        result.filter(Rule.SERIES_JUMP).stream().map(Fixture::path).toList());
    assertTrue(result.getSkipped().stream().noneMatch(d -> d.getCode().equals("SERIES-JUMP")));
  }

  @Test
  void seriesJumpNeverChangesWhatTheDefaultCatalogueReportsOnEitherYear() {
    AnnualReport last = totals(Edition.V2021, 2023, 11, 11, 13, 14, 15);
    AnnualReport now = totals(Edition.V2021, 2024, 60, 60, 66, 71, 0);
    for (AnnualReport report : List.of(last, now)) {
      assertEquals(List.of(), VALIDATOR.validate(report).getDiagnostics());
      assertEquals(List.of(), ReportValidator.builder().clock(Fixture.CLOCK).narrativeChecks(true)
          .build().validate(report).getDiagnostics());
    }
    assertEquals(5, VALIDATOR.validate(ReportSeries.of(last, now)).getDiagnostics().size());
  }
}
