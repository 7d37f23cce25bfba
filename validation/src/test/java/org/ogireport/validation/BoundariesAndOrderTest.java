package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;

/**
 * The edges of the rules (a value exactly at a bound passes), the order of findings across
 * tables and report fields, and the small API of the catalogue and its values.
 */
class BoundariesAndOrderTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  private static List<String> found(Fixture fixture) {
    return VALIDATOR.validate(fixture.build()).getDiagnostics().stream()
        .map(v -> v.getCode() + " " + Fixture.path(v))
        .toList();
  }

  @Test
  void theFirstYearAndTheClocksYearAreInRange() {
    Fixture first = Fixture.valid(Edition.V2019);
    first.year = 2008;
    assertEquals(List.of(), found(first));
    first.year = 2007;
    assertEquals(List.of("YEAR-RANGE year"), found(first));
    Fixture current = Fixture.valid(Edition.V2021);
    current.year = 2025;
    assertEquals(List.of(), found(current));
  }

  @Test
  void newlyPublishedEqualToTheTotalPasses() {
    Fixture f = Fixture.valid(Edition.V2019);
    f.disclosure2019.set(Disclosure2019Row.RULES, Disclosure2019Column.NEWLY_PUBLISHED, 5);
    assertEquals(List.of(), found(f));
    f.disclosure2019.set(Disclosure2019Row.RULES, Disclosure2019Column.NEWLY_PUBLISHED, 6);
    assertEquals(List.of("A20-PUBLISHED proactiveDisclosure.rules.newlyPublished"), found(f));
  }

  @Test
  void findingsComeEditionAndYearFirstThenTableByTableInPrintedOrder() {
    Fixture f2019 = Fixture.valid(Edition.V2019);
    f2019.year = 2023;
    f2019.applications.set(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, 99)
        .set(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, 2);
    f2019.disclosure2019.set(Disclosure2019Row.RULES, Disclosure2019Column.NEWLY_PUBLISHED, 6);
    assertEquals(List.of(
        "EDITION-YEAR edition",
        "A20-PUBLISHED proactiveDisclosure.rules.newlyPublished",
        "APP-ROW-TOTAL applications.newReceived.total",
        "APP-ROW-TOTAL applications.carriedOver.total",
        "APP-BALANCE applications.carriedForward.total"), found(f2019));

    Fixture f2021 = Fixture.valid(Edition.V2021);
    f2021.year = 2030;
    f2021.applications.set(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, 99);
    f2021.disclosure2021.set(Disclosure2021Row.NORMATIVE_DOCUMENTS, Disclosure2021Column.ISSUED, 43);
    assertEquals(List.of(
        "YEAR-RANGE year",
        "A20-ISSUED proactiveDisclosure.normativeDocuments.issued",
        "APP-ROW-TOTAL applications.newReceived.total",
        "APP-BALANCE applications.carriedForward.total"), found(f2021));
  }

  @Test
  void theCatalogueStatesEachRuleOnce() {
    assertEquals("applications.carriedForward.<column>", Rule.APP_BALANCE.getReportedOn());
    assertEquals("in every column, 一 + 二 = 三（七）总计 + 四", Rule.APP_BALANCE.getFormula());
    assertEquals(Set.of(Edition.V2021), Rule.A20_ISSUED.getEditions());
    assertEquals(Set.of(Edition.V2019, Edition.V2021), Rule.LIT_TOTAL.getEditions());
    assertEquals("APP-BALANCE", Rule.APP_BALANCE.toString());
    assertSame(Rule.APP_BALANCE, Rule.ofId("APP-BALANCE"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rule.ofId("APP_BALANCE"));
    assertTrue(e.getMessage().startsWith("unknown rule id 'APP_BALANCE': expected one of"));
    assertEquals("warning", Severity.WARNING.toString());
  }

  @Test
  void theDefaultValidatorSpeaksChineseAndAnEnglishOneEnglish() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.applications.set(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, 99);
    String zh = ReportValidator.create().getValidator().validate(f.build()).iterator().next()
        .getMessage();
    String en = ReportValidator.builder().locale(Locale.UK).build().getValidator()
        .validate(f.build()).iterator().next().getMessage();
    assertTrue(zh.startsWith("表三 "), zh);
    assertTrue(zh.contains("总计") || zh.contains("相差"), zh);
    assertTrue(en.contains("difference"), en);
  }

  @Test
  void violationsResultsAndDetailsPrintOneLineEach() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.applications.set(ApplicationRow.GRANTED, Applicant.TOTAL, 12)
        .setBlank(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.OTHER_ORGANIZATION);
    ValidationResult result = VALIDATOR.validate(f.build());
    assertEquals("error APP-ROW-TOTAL applications.outcomes.granted.total: "
        + "applications.outcomes.granted.total is 12, but the six applicant columns add up to 11 "
        + "(difference 1)\n"
        + "warning CELL-MISSING applications.outcomes.withheld.stateSecret.otherOrganization: "
        + "applications.outcomes.withheld.stateSecret.otherOrganization was published without a "
        + "number; it counts as 0\n"
        + "error APP-OUTCOME-TOTAL applications.outcomes.total.total: "
        + Fixture.en(result.filter(Rule.APP_OUTCOME_TOTAL).get(0)) + "\n", result.toString());
    assertEquals("{applications.outcomes.withheld.stateSecret.otherOrganization=}",
        Fixture.cellsString(result.filter(Rule.CELL_MISSING).get(0)));
    assertEquals("12 vs 11 (difference 1)",
        result.filter(Rule.APP_ROW_TOTAL).get(0).getSides().orElseThrow().toString());
  }
}
