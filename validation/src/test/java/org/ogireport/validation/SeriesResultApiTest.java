package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/** What a series result says: its violations, the rules it skipped and why, in the locale asked. */
class SeriesResultApiTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  /** 2020 on the 2019 form carries 2 forward; 2021 on the 2021 form carries over 0. */
  private static ReportSeries acrossTheEditionChange() {
    Report2019 y2020 = Report2019.builder().organ("某县人民政府").year(2020)
        .applications(Applications.builder(Edition.V2019)
            .setRow(ApplicationRow.NEW_RECEIVED, 2, 0, 0, 0, 0, 0, 2)
            .setRow(ApplicationRow.CARRIED_FORWARD, 2, 0, 0, 0, 0, 0, 2)
            .build())
        .build();
    Report2021 y2021 = Report2021.builder().organ("某县人民政府").year(2021).build();
    return ReportSeries.of(y2021, y2020);
  }

  @Test
  void acrossTheEditionChangeCarryIsCheckedAndTheOtherSeriesRulesAreSkippedWithReasons() {
    SeriesValidationResult result = VALIDATOR.validate(acrossTheEditionChange());
    List<String> found = new ArrayList<>();
    for (Diagnostic v : result) {
      found.add(v.getCode() + " " + Fixture.path(v));
    }
    assertEquals(List.of(
        "SERIES-CARRY 2021:applications.carriedOver.naturalPerson",
        "SERIES-CARRY 2021:applications.carriedOver.total"), found);
    assertEquals(2, result.size());
    assertEquals(2, result.filter(Rule.SERIES_CARRY).size());
    assertEquals(0, result.filter(Rule.SERIES_IN_FORCE).size());
    assertTrue(result.toString().contains("warning SERIES-CARRY 2021: applications.carriedOver.total"),
        result.toString());

    List<String> skipped = new ArrayList<>();
    for (Diagnostic rule : result.getSkipped()) {
      assertEquals(Severity.INFO, rule.getSeverity());
      assertEquals(2020, rule.getArguments().get("previousYear"));
      assertEquals(2021, rule.getLocation().getYear().orElseThrow());
      assertFalse(Fixture.en(rule).isBlank());
      assertTrue(Fixture.zh(rule).codePoints().anyMatch(c -> c >= 0x4E00), Fixture.zh(rule));
      assertTrue(rule.toString().contains(rule.getCode()), rule.toString());
      skipped.add(rule.getCode());
    }
    assertTrue(skipped.containsAll(List.of("SERIES-IN-FORCE", "SERIES-PROJECTS")), skipped.toString());
    assertEquals("2020 年采用 2019 版格式，2021 年采用 2021 版格式：SERIES-IN-FORCE 只比较两个均采用 2021 "
        + "版格式的年度", Fixture.zh(result.getSkipped().get(0)));
    assertEquals(result.getSkipped(), VALIDATOR.validate(acrossTheEditionChange()).getSkipped());
  }

  @Test
  void seriesMessagesComeInBothLanguagesWithTheYear() {
    Diagnostic d = VALIDATOR.validate(acrossTheEditionChange()).getDiagnostics().get(0);
    assertTrue(d.getMessage(Locale.CHINA).startsWith("2021年 表三 二、上年结转政府信息公开申请数量·自然人："),
        d.getMessage(Locale.CHINA));
    assertTrue(Fixture.en(d).contains("2021:applications.carriedOver.naturalPerson"), Fixture.en(d));
    assertEquals(2021, d.getLocation().getYear().orElseThrow());
    assertEquals(List.of(2020, 2021), d.getCells().keySet().stream()
        .map(l -> l.getYear().orElseThrow()).toList());
  }

  @Test
  void aPlainValidatorReportsSeriesFindingsUnderTheReportOfTheirYear() {
    List<String> paths = VALIDATOR.getValidator().validate(acrossTheEditionChange()).stream()
        .map(v -> v.getPropertyPath().toString()).sorted().toList();
    assertEquals(List.of("reports[1].applications.carriedOver.naturalPerson",
        "reports[1].applications.carriedOver.total"), paths);
  }

  @Test
  void theHeuristicRulesAreTheNarrativeGroupAndTheFormsRulesAreNot() {
    List<String> narrative = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      if (rule.getGroup() == RuleGroup.NARRATIVE) {
        narrative.add(rule.getId());
      }
    }
    assertEquals(List.of("NARR-APPLICATIONS", "NARR-CARRIED-OVER", "NARR-CARRIED-FORWARD",
        "NARR-REVIEW", "NARR-LITIGATION", "HINT-SWAPPED-COLUMNS", "NARR-OVERVIEW-LENGTH",
        "NARR-FEES-SILENT", "NARR-PROBLEMS-EMPTY", "OTHER-HANDLING-SHARE", "TABLES-ZERO-TEXT")
        .stream().sorted().toList(), narrative.stream().sorted().toList());
    assertEquals(RuleGroup.CATALOGUE, Rule.APP_BALANCE.getGroup());
    assertEquals(RuleGroup.SERIES, Rule.SERIES_CARRY.getGroup());
  }

  @Test
  void narrativeChecksRunOnlyWhenAsked() {
    Fixture f = Fixture.valid(Edition.V2021);
    // 其他处理·3.其他 is every outcome: a share the notice calls rare
    f.applications.setRow(ApplicationRow.NEW_RECEIVED, 10, 0, 0, 0, 0, 0, 10)
        .setRow(ApplicationRow.CARRIED_OVER, 0, 0, 0, 0, 0, 0, 0)
        .setRow(ApplicationRow.CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 0);
    for (ApplicationRow row : ApplicationRow.outcomes(Edition.V2021)) {
      for (Applicant column : Applicant.values()) {
        f.applications.set(row, column, 0);
      }
    }
    f.applications.setRow(ApplicationRow.OTHER_OTHER, 10, 0, 0, 0, 0, 0, 10)
        .setRow(ApplicationRow.OUTCOME_TOTAL, 10, 0, 0, 0, 0, 0, 10);
    assertTrue(VALIDATOR.validate(f.build()).filter(Rule.OTHER_HANDLING_SHARE).isEmpty());
    ReportValidator narrative =
        ReportValidator.builder().clock(Fixture.CLOCK).narrativeChecks(true).build();
    assertEquals(1, narrative.validate(f.build()).filter(Rule.OTHER_HANDLING_SHARE).size());
  }
}
