package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.ImmutableSections;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Sections;
import org.ogireport.core.samples.Samples;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;
import org.ogireport.core.rules.Thresholds;

/** Each narrative and hint rule on real texts and numbers, passing and firing. */
class NarrativeRulesTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).narrativeChecks(true).build();

  /** Seed 001's tables 三 and 四 with a text: 8 applications all granted, 1 review corrected. */
  private static Report2019 fuling(String overview, long reviews) {
    return Report2019.builder()
        .organ("重庆市涪陵区人民政府办公室")
        .year(2020)
        .sections(Sections.builder().overview(overview).build())
        .applications(Applications.builder(Edition.V2019)
            .setRow(ApplicationRow.NEW_RECEIVED, 8, 0, 0, 0, 0, 0, 8)
            .setRow(ApplicationRow.GRANTED, 8, 0, 0, 0, 0, 0, 8)
            .fillTotals()
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 0, reviews, 0, 0, reviews)
            .build())
        .build();
  }

  /** 淮安 2024's table 三 totals and table 四, with its text, the given 上年结转 and 复议后起诉 尚未审结. */
  private static Report2021 huaian(long carriedOver, long afterReviewPending) {
    return Report2021.builder()
        .organ("淮安市人民政府")
        .year(2024)
        .sections(Sections.builder().overview(Samples.HUAIAN_2024_OVERVIEW)
            .otherMatters("全年收取政府信息公开信息处理费 3940 元。").build())
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, 3001, 53, 0, 0, 61, 4, 3119)
            .setRow(ApplicationRow.CARRIED_OVER, carriedOver, 0, 0, 0, 0, 0, carriedOver)
            .setRow(ApplicationRow.GRANTED, 2932, 53, 0, 0, 61, 4, 3050)
            .setRow(ApplicationRow.OUTCOME_TOTAL, 2932, 53, 0, 0, 61, 4, 3050)
            .setRow(ApplicationRow.CARRIED_FORWARD, 103, 0, 0, 0, 0, 0, 103)
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 72, 64, 178, 37, 351)
            .setRow(CaseBlock.LITIGATION_DIRECT, 13, 4, 8, 1, 26)
            .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 12, 1, 1, afterReviewPending,
                14 + afterReviewPending)
            .build())
        .build();
  }

  private static List<String> fired(AnnualReport report, Rule... rules) {
    ValidationResult result = VALIDATOR.validate(report);
    return result.getDiagnostics().stream()
        .filter(v -> List.of(rules).contains(Rule.ofId(v.getCode())))
        .map(v -> v.getCode() + " " + Fixture.path(v) + " " + v.getSides().map(Object::toString)
            .orElse(""))
        .toList();
  }

  private static final Rule[] TEXT_RULES = {Rule.NARR_APPLICATIONS, Rule.NARR_CARRIED_OVER,
      Rule.NARR_CARRIED_FORWARD, Rule.NARR_REVIEW, Rule.NARR_LITIGATION, Rule.TABLES_ZERO_TEXT,
      Rule.NARR_OVERVIEW_LENGTH, Rule.NARR_FEES_SILENT, Rule.NARR_PROBLEMS_EMPTY,
      Rule.OTHER_HANDLING_SHARE, Rule.HINT_SWAPPED_COLUMNS};

  @Test
  void seed001TextAgreesWithItsTables() {
    assertEquals(List.of(), fired(fuling(Samples.SEED_001_OVERVIEW, 1), TEXT_RULES));
  }

  @Test
  void narrReviewFiresWhenTheTextHasAReviewTheTableLacks() {
    ValidationResult result = VALIDATOR.validate(fuling(Samples.SEED_001_OVERVIEW, 0));
    List<Diagnostic> review = result.filter(Rule.NARR_REVIEW);
    assertEquals(1, review.size());
    assertEquals("reviewAndLitigation.review.total", Fixture.path(review.get(0)));
    assertEquals("1 vs 0 (difference 1)", review.get(0).getSides().orElseThrow().toString());
    assertEquals("reviewAndLitigation.review.total: 一、总体情况 says “行政复议1件” (1), but table 四 "
        + "has 0 administrative reviews (difference 1)", Fixture.en(review.get(0)));
    assertEquals(5, review.get(0).getCells().size());
    assertEquals("表四 行政复议·总计：总体情况称“行政复议1件”（1 件），但表四行政复议总计为 0"
            + "（相差 1）",
        Fixture.zh(VALIDATOR.validate(fuling(Samples.SEED_001_OVERVIEW, 0)).filter(Rule.NARR_REVIEW).get(0)));
  }

  @Test
  void narrApplicationsFiresForHongze2024sSeventeenAgainstNinetyFive() {
    Report2021 hongze = Report2021.builder()
        .organ("淮安市洪泽区人民政府")
        .year(2024)
        .sections(Sections.builder()
            .overview("2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。")
            .build())
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, 95, 0, 0, 0, 0, 0, 95)
            .setRow(ApplicationRow.GRANTED, 95, 0, 0, 0, 0, 0, 95)
            .fillTotals()
            .build())
        .build();
    List<Diagnostic> found =
        VALIDATOR.validate(hongze).filter(Rule.NARR_APPLICATIONS);
    assertEquals(1, found.size());
    assertEquals("applications.newReceived.total: 一、总体情况 says “受理政府信息公开申请17件” (17), but "
        + "table 三 has 95 applications newly received (difference -78)", Fixture.en(found.get(0)));
    assertEquals(List.of("applications.newReceived.total", "applications.carriedOver.total"),
        Fixture.cells(found.get(0)));
  }

  @Test
  void huaianTextAgreesWithItsTablesCarriedOverAndLawsuitsIncluded() {
    assertEquals(List.of(), fired(huaian(34, 6), TEXT_RULES));
  }

  @Test
  void narrCarriedOverAndNarrLitigationFireOnChangedTables() {
    // one pending lawsuit fewer, in the parts and the printed total: 26 + 19 = 45
    assertEquals(List.of(
            "NARR-CARRIED-OVER applications.carriedOver.total 34 vs 30 (difference 4)",
            "NARR-LITIGATION reviewAndLitigation.litigationDirect.total 46 vs 45 (difference 1)"),
        fired(huaian(30, 5), Rule.NARR_CARRIED_OVER, Rule.NARR_LITIGATION));
  }

  @Test
  void tablesZeroTextFiresWhenTheTablesWereNeverFilled() {
    Report2019 empty = Report2019.builder().organ("重庆市涪陵区人民政府办公室").year(2020)
        .sections(Sections.builder().overview(Samples.SEED_001_OVERVIEW).build()).build();
    List<Diagnostic> found = VALIDATOR.validate(empty)
        .filter(Rule.TABLES_ZERO_TEXT);
    assertEquals(1, found.size());
    assertEquals("applications: tables 三 and 四 are all zero, but 一、总体情况 says “受理政府信息公开申请8件”",
        Fixture.en(found.get(0)));
    // seed 004 denies any application: zero tables agree
    Report2021 seed004 = Report2021.builder().organ("巫溪县信访办公室").year(2022)
        .sections(Sections.builder()
            .overview("线上、线下均未收到公开申请。未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况。")
            .otherMatters("严格执行《政府信息公开信息处理费管理办法》,未收取信息处理费。")
            .build())
        .build();
    assertEquals(List.of(), fired(seed004, TEXT_RULES));
  }

  @Test
  void hintSwappedColumnsFiresWhenOneApplicationMovesColumn() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.applications
        .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 9)
        .set(ApplicationRow.GRANTED, Applicant.COMMERCIAL_ENTERPRISE, 2)
        .fillTotals();
    ValidationResult result = VALIDATOR.validate(f.build());
    assertEquals(2, result.filter(Rule.APP_BALANCE).size());
    List<Diagnostic> hint = result.filter(Rule.HINT_SWAPPED_COLUMNS);
    assertEquals(1, hint.size());
    assertEquals("applications.carriedForward.naturalPerson", Fixture.path(hint.get(0)));
    assertEquals("applications.carriedForward.naturalPerson: the balance misses by 1 in column 自然人"
        + " and by -1 in column 商业企业 while 总计 balances: 1 application(s) probably counted in "
        + "the wrong column in some row", Fixture.en(hint.get(0)));
    assertEquals(8, hint.get(0).getCells().size());
    // a real miscount in one column only is no swap
    Fixture g = Fixture.valid(Edition.V2021);
    g.applications.set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 9).fillTotals();
    assertEquals(List.of(), VALIDATOR.validate(g.build()).filter(Rule.HINT_SWAPPED_COLUMNS));
  }

  @Test
  void overviewLengthCountsCharactersWithoutWhiteSpaceIn2021Only() {
    String at = "政".repeat(Thresholds.OVERVIEW_MAX_CHARACTERS);
    ImmutableReport2021 ok = ImmutableReport2021.copyOf(huaian(34, 6)).withSections(
        Sections.builder().overview(at + "\n \n").otherMatters("未收取信息处理费。").build());
    assertEquals(List.of(), fired(ok, Rule.NARR_OVERVIEW_LENGTH));
    Report2021 over = ok.withSections(
        Sections.builder().overview(at + "公").otherMatters("未收取信息处理费。").build());
    assertEquals(List.of("NARR-OVERVIEW-LENGTH sections.overview 1501 vs 1500 (difference 1)"),
        fired(over, Rule.NARR_OVERVIEW_LENGTH));
    Report2019 old = ImmutableReport2019.copyOf(fuling(at + at, 1));
    assertEquals(List.of(), fired(old, Rule.NARR_OVERVIEW_LENGTH));
  }

  @Test
  void feesSilentWhenSectionSixSaysNothingAboutFees() {
    ImmutableReport2021 silent = ImmutableReport2021.copyOf(huaian(34, 6)).withSections(
        Sections.builder().overview(Samples.HUAIAN_2024_OVERVIEW).otherMatters("无。").build());
    List<Diagnostic> found = VALIDATOR.validate(silent)
        .filter(Rule.NARR_FEES_SILENT);
    assertEquals(1, found.size());
    assertEquals("sections.otherMatters: section 六 does not report the 信息处理费 (information "
        + "processing fees) collected, as the 2021 form asks", Fixture.en(found.get(0)));
    Report2021 missing = silent.withSections(Sections.builder().overview(Samples.HUAIAN_2024_OVERVIEW).build());
    assertEquals(1, VALIDATOR.validate(missing).filter(Rule.NARR_FEES_SILENT).size());
    Report2021 noTexts = silent.withSections(Sections.empty());
    assertEquals(List.of(), VALIDATOR.validate(noTexts).filter(Rule.NARR_FEES_SILENT));
    assertEquals(List.of(), fired(fuling(Samples.SEED_001_OVERVIEW, 1), Rule.NARR_FEES_SILENT));
  }

  @Test
  void otherHandlingShareFiresFromTenPercentAndFiveApplications() {
    assertEquals(List.of("OTHER-HANDLING-SHARE applications.outcomes.otherHandling.total "
            + "5 vs 45 (difference -40)"),
        fired(otherHandling(Edition.V2019, ApplicationRow.OTHER_HANDLING, 40, 5),
            Rule.OTHER_HANDLING_SHARE));
    assertEquals(List.of(), fired(otherHandling(Edition.V2019, ApplicationRow.OTHER_HANDLING,
        46, 5), Rule.OTHER_HANDLING_SHARE));
    assertEquals(List.of(), fired(otherHandling(Edition.V2019, ApplicationRow.OTHER_HANDLING,
        1, 4), Rule.OTHER_HANDLING_SHARE));
    assertEquals(List.of("OTHER-HANDLING-SHARE applications.outcomes.otherHandling.other.total "
            + "9 vs 20 (difference -11)"),
        fired(otherHandling(Edition.V2021, ApplicationRow.OTHER_OTHER, 11, 9),
            Rule.OTHER_HANDLING_SHARE));
    // 逾期不补正 is a statutory outcome, not the catch-all
    assertEquals(List.of(), fired(otherHandling(Edition.V2021, ApplicationRow.OTHER_NO_CORRECTION,
        11, 9), Rule.OTHER_HANDLING_SHARE));
    Diagnostic v = VALIDATOR.validate(
            otherHandling(Edition.V2019, ApplicationRow.OTHER_HANDLING, 40, 5))
        .filter(Rule.OTHER_HANDLING_SHARE).get(0);
    assertEquals("applications.outcomes.otherHandling.total: 其他处理 is 5 of 45 applications "
        + "handled (11.1%; 10% or more is a large share)", Fixture.en(v));
  }

  private static AnnualReport otherHandling(Edition edition, ApplicationRow row, long granted,
      long other) {
    Fixture f = Fixture.valid(edition);
    Applications.Builder t = Applications.builder(edition)
        .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, granted + other)
        .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, granted)
        .set(row, Applicant.NATURAL_PERSON, other)
        .fillTotals();
    f.applications.from(t.build());
    return f.build();
  }

  @Test
  void chineseNumeralsInTheTextAreUnderstood() {
    assertEquals(List.of(), fired(fuling("共受理政府信息公开申请八件，引起行政复议一件。", 1), TEXT_RULES));
    assertEquals(List.of("NARR-APPLICATIONS applications.newReceived.total 12 vs 8 (difference 4)"),
        fired(fuling("共受理政府信息公开申请十二件。", 1), Rule.NARR_APPLICATIONS));
    assertTrue(fired(fuling(Samples.SEED_001_OVERVIEW, 1), Rule.NARR_APPLICATIONS).isEmpty());
  }

  /** 淮安 2024's tables and section 六, with another 一、总体情况 and a section 五. */
  private static Report2021 huaianWith(String overview, String problems) {
    ImmutableSections.Builder sections = Sections.builder().overview(overview)
        .otherMatters("全年收取政府信息公开信息处理费 3940 元。");
    if (problems != null) {
      sections.problems(problems);
    }
    return ImmutableReport2021.copyOf(huaian(34, 6)).withSections(sections.build());
  }

  @Test
  void narrCarriedForwardComparesTheFirstStatedFigureWithFourTotal() {
    // 淮安 2024 carried 103 forward (四 总计); its own text says 103 件顺延到下年度, which is not read
    assertEquals(List.of(), fired(huaianWith("结转下年度继续办理103件。", null),
        Rule.NARR_CARRIED_FORWARD));
    assertEquals(List.of(), fired(huaian(34, 6), Rule.NARR_CARRIED_FORWARD));
    assertEquals(List.of(
            "NARR-CARRIED-FORWARD applications.carriedForward.total 100 vs 103 (difference -3)"),
        fired(huaianWith("办结 3050 件，结转下年度继续\n办理一百件，其中结转下年度的自然人申请九十件。", null),
            Rule.NARR_CARRIED_FORWARD));
    assertEquals(List.of(
            "NARR-CARRIED-FORWARD applications.carriedForward.total 0 vs 103 (difference -103)"),
        fired(huaianWith("所有申请均已按时办结，无结转下年度的申请。", null), Rule.NARR_CARRIED_FORWARD));
  }

  @Test
  void narrCarriedForwardNamesTheCellItReadInBothLanguages() {
    Diagnostic d = VALIDATOR.validate(huaianWith("结转至下一年度办理的申请一百件。", null))
        .filter(Rule.NARR_CARRIED_FORWARD).get(0);
    assertEquals("applications.carriedForward.total", Fixture.path(d));
    assertEquals(List.of("applications.carriedForward.total"), Fixture.cells(d));
    assertEquals("applications.carriedForward.total: 一、总体情况 says “结转至下一年度办理的申请一百件” "
        + "(100), but 四、结转下年度继续办理 总计 is 103 (difference -3)", Fixture.en(d));
    assertEquals("表三 四、结转下年度继续办理·总计：总体情况称“结转至下一年度办理的申请一百件”（100 件），"
        + "但四、结转下年度继续办理总计为 103（相差 -3）", Fixture.zh(d));
  }

  @Test
  void narrCarriedForwardTakesTheColumnsSumWhenThePrintedTotalIsWrong() {
    // 四 总计 printed 0, the columns add up to 103: the text agrees with the columns
    Report2021 report = ImmutableReport2021.copyOf(huaianWith("结转下年度103件。", null))
        .withApplications(Applications.builder(Edition.V2021)
            .from(huaian(34, 6).getApplications())
            .set(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL, 0)
            .build());
    assertEquals(List.of(), fired(report, Rule.NARR_CARRIED_FORWARD));
    assertEquals(List.of("APP-ROW-TOTAL applications.carriedForward.total",
            "APP-BALANCE applications.carriedForward.total"),
        VALIDATOR.validate(report).getDiagnostics().stream()
            .filter(d -> Rule.ofId(d.getCode()).getGroup() == RuleGroup.CATALOGUE)
            .map(d -> d.getCode() + " " + Fixture.path(d)).toList());
  }

  @Test
  void narrProblemsEmptyFiresBelowTenCharactersWithoutWhiteSpace() {
    // 10 characters once the spaces and line breaks are gone: passes; one fewer: fires
    assertEquals(List.of(), fired(huaianWith(Samples.HUAIAN_2024_OVERVIEW, "存在问题： 人员\n不足。"),
        Rule.NARR_PROBLEMS_EMPTY));
    assertEquals(List.of("NARR-PROBLEMS-EMPTY sections.problems 9 vs 10 (difference -1)"),
        fired(huaianWith(Samples.HUAIAN_2024_OVERVIEW, "存在问题： 人员\n不足"), Rule.NARR_PROBLEMS_EMPTY));
    assertEquals(List.of("NARR-PROBLEMS-EMPTY sections.problems 0 vs 10 (difference -10)"),
        fired(huaianWith(Samples.HUAIAN_2024_OVERVIEW, " \u3000\n"), Rule.NARR_PROBLEMS_EMPTY));
    // no section 五 at all is not judged
    assertEquals(List.of(), fired(huaianWith(Samples.HUAIAN_2024_OVERVIEW, null), Rule.NARR_PROBLEMS_EMPTY));
  }

  @Test
  void narrProblemsEmptyFiresOnWuWithAnyPunctuationHoweverLong() {
    for (String wu : List.of("无", "无。", "“无”。", "（无）", "无！！！！！！！！！！")) {
      assertEquals(1, VALIDATOR.validate(huaianWith(Samples.HUAIAN_2024_OVERVIEW, wu))
          .filter(Rule.NARR_PROBLEMS_EMPTY).size(), wu);
    }
    // 无 in a sentence that says something is no 无
    assertEquals(List.of(), fired(huaianWith(Samples.HUAIAN_2024_OVERVIEW, "无重大问题，依申请公开答复质量有待提高。"),
        Rule.NARR_PROBLEMS_EMPTY));
    Report2019 old = ImmutableReport2019.copyOf(fuling(Samples.SEED_001_OVERVIEW, 1)).withSections(
        Sections.builder().overview(Samples.SEED_001_OVERVIEW).problems("无。").build());
    assertEquals(List.of("NARR-PROBLEMS-EMPTY sections.problems 2 vs 10 (difference -8)"),
        fired(old, Rule.NARR_PROBLEMS_EMPTY));
  }

  @Test
  void narrProblemsEmptyQuotesTheSectionInBothLanguages() {
    Diagnostic d = VALIDATOR.validate(huaianWith(Samples.HUAIAN_2024_OVERVIEW, "暂 无。"))
        .filter(Rule.NARR_PROBLEMS_EMPTY).get(0);
    assertEquals("sections.problems", Fixture.path(d));
    assertEquals("3 vs 10 (difference -7)", d.getSides().orElseThrow().toString());
    assertEquals("sections.problems: section 五 says only “暂无。” (3 characters without white "
        + "space): no problem and no improvement is stated (fewer than 10 characters, or 无, says "
        + "none)", Fixture.en(d));
    assertEquals("五、存在的主要问题及改进情况：仅有“暂无。”（3 字），未说明存在的问题和改进措施（少于 10 字或仅为"
        + "“无”）", Fixture.zh(d));
  }

  @Test
  void theNewTextChecksNeverChangeWhatTheDefaultCatalogueReports() {
    ReportValidator catalogue = ReportValidator.builder().clock(Fixture.CLOCK).build();
    for (Edition edition : Edition.values()) {
      AnnualReport plain = Fixture.valid(edition).build();
      AnnualReport texts = plain instanceof Report2019 r
          ? ImmutableReport2019.copyOf(r).withSections(Sections.builder()
              .overview("结转下年度继续办理九十九件。").problems("无。").build())
          : ImmutableReport2021.copyOf((Report2021) plain).withSections(Sections.builder()
              .overview("结转下年度继续办理九十九件。").problems("无。")
              .otherMatters("未收取信息处理费。").build());
      assertEquals(List.of(), catalogue.validate(texts).getDiagnostics());
      assertEquals(Set.of(), catalogue.getValidator().validate(texts));
      assertEquals(List.of("NARR-CARRIED-FORWARD applications.carriedForward.total "
              + "99 vs 3 (difference 96)", "NARR-PROBLEMS-EMPTY sections.problems "
              + "2 vs 10 (difference -8)"),
          fired(texts, Rule.values()));
    }
  }
}
