package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogireport.core.Applicant.NATURAL_PERSON;
import static org.ogireport.core.Applicant.OTHER_ORGANIZATION;
import static org.ogireport.core.Applicant.TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.core.rules.Rule;

/**
 * For every rule, in every edition it applies to: the fixture passes, and one changed cell fires
 * exactly the rules that read that cell, each on the cell SCHEMA.md names.
 */
class SingleCellChangeTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  @ParameterizedTest
  @EnumSource(Edition.class)
  void theFixturePassesEveryRule(Edition edition) {
    ValidationResult result = VALIDATOR.validate(Fixture.valid(edition).build());
    assertEquals(List.of(), result.getDiagnostics());
    assertTrue(result.isValid());
  }

  static Stream<Arguments> changes() {
    List<Arguments> all = new ArrayList<>();
    for (Edition e : Edition.values()) {
      all.add(change(e, "APP-ROW-TOTAL and APP-BALANCE read 一 自然人",
          f -> f.applications.set(ApplicationRow.NEW_RECEIVED, NATURAL_PERSON, 22),
          "APP-ROW-TOTAL applications.newReceived.total",
          "APP-BALANCE applications.carriedForward.naturalPerson"));
      all.add(change(e, "APP-ROW-TOTAL alone on a row outside the balance",
          f -> f.applications.set(ApplicationRow.WITHHELD_STATE_SECRET, TOTAL, 2),
          "APP-ROW-TOTAL applications.outcomes.withheld.stateSecret.total",
          "APP-OUTCOME-TOTAL applications.outcomes.total.total"));
      all.add(change(e, "APP-OUTCOME-TOTAL on a printed （七）总计",
          f -> f.applications.set(ApplicationRow.OUTCOME_TOTAL, NATURAL_PERSON, 20),
          "APP-ROW-TOTAL applications.outcomes.total.total",
          "APP-OUTCOME-TOTAL applications.outcomes.total.naturalPerson",
          "APP-BALANCE applications.carriedForward.naturalPerson"));
      all.add(change(e, "APP-BALANCE on 四 总计, the 总计 column included",
          f -> f.applications.set(ApplicationRow.CARRIED_FORWARD, TOTAL, 4),
          "APP-ROW-TOTAL applications.carriedForward.total",
          "APP-BALANCE applications.carriedForward.total"));
      all.add(change(e, "LIT-TOTAL on the block's 总计",
          f -> f.review.set(CaseBlock.LITIGATION_DIRECT, CaseResult.TOTAL, 3),
          "LIT-TOTAL reviewAndLitigation.litigationDirect.total"));
      all.add(change(e, "CELL-NEGATIVE and LIT-TOTAL read a part of table 四",
          f -> f.review.set(CaseBlock.REVIEW, CaseResult.PENDING, -1),
          "CELL-NEGATIVE reviewAndLitigation.review.pending",
          "LIT-TOTAL reviewAndLitigation.review.total"));
      all.add(change(e, "CELL-MISSING on a blank that the sums read as 0",
          f -> f.applications.setBlank(ApplicationRow.GRANTED, OTHER_ORGANIZATION),
          "CELL-MISSING applications.outcomes.granted.otherOrganization"));
      all.add(change(e, "CELL-MISSING on a marker",
          f -> f.review.setMarker(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.OTHER),
          "CELL-MISSING reviewAndLitigation.litigationAfterReview.other"));
      all.add(change(e, "EDITION-YEAR",
          f -> f.year = e == Edition.V2019 ? 2021 : 2020,
          "EDITION-YEAR edition"));
      all.add(change(e, "YEAR-RANGE before 2008",
          f -> f.year = 2007,
          e == Edition.V2019 ? new String[] {"YEAR-RANGE year"}
              : new String[] {"EDITION-YEAR edition", "YEAR-RANGE year"}));
      all.add(change(e, "YEAR-RANGE after the clock's year",
          f -> f.year = 2026,
          e == Edition.V2021 ? new String[] {"YEAR-RANGE year"}
              : new String[] {"EDITION-YEAR edition", "YEAR-RANGE year"}));
    }
    all.add(change(Edition.V2019, "CELL-NEGATIVE on a 2019 count of table 二",
        f -> f.disclosure2019.set(Disclosure2019Row.LICENSING, Disclosure2019Column.DECISIONS, -550),
        "CELL-NEGATIVE proactiveDisclosure.licensing.decisions"));
    all.add(change(Edition.V2019, "CELL-NEGATIVE on 2019 money",
        f -> f.disclosure2019.set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
            new BigDecimal("-91.82"), MoneyUnit.WAN_YUAN),
        "CELL-NEGATIVE proactiveDisclosure.procurement.amount"));
    all.add(change(Edition.V2021, "CELL-NEGATIVE on a 2021 count of table 二",
        f -> f.disclosure2021.set(Disclosure2021Row.PENALTIES, Disclosure2021Column.DECISIONS, -1),
        "CELL-NEGATIVE proactiveDisclosure.penalties.decisions"));
    all.add(change(Edition.V2021, "CELL-NEGATIVE on 2021 money",
        f -> f.disclosure2021.set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
            new BigDecimal("-0.5"), MoneyUnit.WAN_YUAN),
        "CELL-NEGATIVE proactiveDisclosure.fees.amount"));
    all.add(change(Edition.V2019, "a negative 本年增/减 is no CELL-NEGATIVE",
        f -> f.disclosure2019.set(Disclosure2019Row.PENALTIES, Disclosure2019Column.CHANGE, -30)));
    all.add(change(Edition.V2019, "A20-PROJECTS on 本年增/减",
        f -> f.disclosure2019.set(Disclosure2019Row.FEES, Disclosure2019Column.CHANGE, -4),
        "A20-PROJECTS proactiveDisclosure.fees.change"));
    all.add(change(Edition.V2019, "A20-PUBLISHED on 本年新公开数量",
        f -> f.disclosure2019.set(
            Disclosure2019Row.NORMATIVE_DOCUMENTS, Disclosure2019Column.TOTAL_PUBLISHED, 11),
        "A20-PUBLISHED proactiveDisclosure.normativeDocuments.newlyPublished"));
    all.add(change(Edition.V2021, "A20-ISSUED on 本年制发件数",
        f -> f.disclosure2021.set(Disclosure2021Row.RULES, Disclosure2021Column.ISSUED, 13),
        "A20-ISSUED proactiveDisclosure.rules.issued"));
    all.add(change(Edition.V2021, "A20-ISSUED reads 现行有效件数",
        f -> f.disclosure2021.set(
            Disclosure2021Row.NORMATIVE_DOCUMENTS, Disclosure2021Column.IN_FORCE, 0),
        "A20-ISSUED proactiveDisclosure.normativeDocuments.issued"));
    return all.stream();
  }

  private static Arguments change(
      Edition edition, String what, Consumer<Fixture> change, String... expected) {
    return Arguments.of(edition, what, change, List.of(expected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("changes")
  void oneChangedCellFiresExactlyTheRulesThatReadIt(
      Edition edition, String what, Consumer<Fixture> change, List<String> expected) {
    Fixture fixture = Fixture.valid(edition);
    change.accept(fixture);
    List<String> found = new ArrayList<>();
    for (Diagnostic v : VALIDATOR.validate(fixture.build())) {
      found.add(v.getCode() + " " + v.getLocation().getPath());
      assertEquals(Rule.ofId(v.getCode()).getSeverity(), v.getSeverity());
    }
    assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
    List<String> plain = new ArrayList<>();
    VALIDATOR.getValidator().validate(fixture.build()).forEach(v -> plain.add(
        ReportValidator.toDiagnostic(v).orElseThrow().getCode() + " " + v.getPropertyPath()));
    assertEquals(expected.stream().sorted().toList(), plain.stream().sorted().toList());
  }

  @Test
  void aBalanceViolationCarriesCellsSidesAndMessagesInBothLanguages() {
    Fixture fixture = Fixture.valid(Edition.V2021);
    fixture.applications.set(ApplicationRow.NEW_RECEIVED, NATURAL_PERSON, 22);
    Diagnostic en = VALIDATOR.validate(fixture.build()).filter("APP-BALANCE").get(0);

    assertEquals("APP-BALANCE", en.getCode());
    assertEquals("error", en.getSeverity().getCode());
    assertEquals("applications.carriedForward.naturalPerson", en.getLocation().getPath());
    assertEquals(TableLayout.applications(Edition.V2021).getSlot(ApplicationRow.CARRIED_FORWARD,
        NATURAL_PERSON), en.getLocation().getCell().orElseThrow());
    assertEquals(
        "{applications.newReceived.naturalPerson=22, applications.carriedOver.naturalPerson=1, "
            + "applications.outcomes.total.naturalPerson=19, "
            + "applications.carriedForward.naturalPerson=3}",
        Fixture.cellsString(en));
    Sides sides = en.getSides().orElseThrow();
    assertEquals(new BigDecimal("23"), sides.getLeft());
    assertEquals(new BigDecimal("22"), sides.getRight());
    assertEquals(new BigDecimal("1"), sides.getDifference());
    assertEquals("applications.carriedForward.naturalPerson: new plus carried over is 23, but "
        + "outcomes total plus carried forward is 22 (difference 1)", Fixture.en(en));
    assertEquals("表三 四、结转下年度继续办理·自然人：一（本年新收）加二（上年结转）为 23，"
        + "三（七）总计加四（结转下年度继续办理）为 22（相差 1）", en.getMessage(Locale.CHINA));
  }

  @Test
  void rowTotalAndNegativeAmountMessagesInBothLanguages() {
    Fixture fixture = Fixture.valid(Edition.V2019);
    fixture.applications.set(ApplicationRow.GRANTED, TOTAL, 10);
    fixture.disclosure2019.set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
        new BigDecimal("-91.82"), MoneyUnit.WAN_YUAN);
    ValidationResult result = VALIDATOR.validate(fixture.build());

    Diagnostic row = result.filter(Rule.APP_ROW_TOTAL).get(0);
    assertEquals("applications.outcomes.granted.total is 10, but the six applicant columns add "
        + "up to 11 (difference -1)", Fixture.en(row));
    assertEquals("表三 （一）予以公开·总计：总计填报为 10，但自然人与法人或其他组织各列之和为 "
        + "11（相差 -1）", Fixture.zh(row));
    assertEquals(7, row.getCells().size());

    Diagnostic negative = result.filter("CELL-NEGATIVE").get(0);
    assertEquals("proactiveDisclosure.procurement.amount is negative: -91.82万元", Fixture.en(negative));
    assertEquals("表二 第二十条第（九）项 政府集中采购·采购总金额：填报了负数 -91.82万元",
        Fixture.zh(negative));
    assertEquals(new BigDecimal("-91.82"), negative.getSides().orElseThrow().getDifference());
  }

  @Test
  void yearRangeUsesTheConfiguredClockAndNamesTheBound() {
    Fixture fixture = Fixture.valid(Edition.V2021);
    fixture.year = 2026;
    Diagnostic v = VALIDATOR.validate(fixture.build()).filter("YEAR-RANGE").get(0);
    assertEquals("report year 2026 is not between 2008 and 2025", Fixture.en(v));
    assertEquals(Sides.of(2026, 2025), v.getSides().orElseThrow());
    assertEquals("error", v.getSeverity().getCode());

    ReportValidator later = ReportValidator.builder()
        .clock(java.time.Clock.offset(Fixture.CLOCK, java.time.Duration.ofDays(366)))
        .build();
    assertTrue(later.validate(fixture.build()).isValid());
  }

  @Test
  void editionYearIsAWarningThatKeepsTheReportValid() {
    Fixture fixture = Fixture.valid(Edition.V2019);
    fixture.year = 2022;
    ValidationResult result = VALIDATOR.validate(fixture.build());
    assertTrue(result.isValid());
    Diagnostic v = result.getWarnings().get(0);
    assertEquals("warning", v.getSeverity().getCode());
    assertEquals("the report for 2022 follows the 2019 edition of the form; that year calls for "
        + "the 2021 edition", Fixture.en(v));
    assertEquals("2022 年度报告采用了 2019 版格式，该年度应采用 2021 版格式",
        VALIDATOR.validate(fixture.build()).getWarnings().get(0).getMessage(Locale.CHINESE));
  }
}
