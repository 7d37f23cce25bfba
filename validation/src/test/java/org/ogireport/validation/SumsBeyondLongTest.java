package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ogireport.core.Applicant.COMMERCIAL_ENTERPRISE;
import static org.ogireport.core.Applicant.NATURAL_PERSON;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Sections;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.rules.Rule;

/**
 * Counts near the ends of {@code long} (any {@code long} is a loadable count): sums beyond
 * {@code long} never wrap around into a wrong answer or throw out of the validator; the rules
 * compare them exactly and report the exact sides.
 */
class SumsBeyondLongTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).narrativeChecks(true).build();
  private static final long MAX = Long.MAX_VALUE;
  private static final long MIN = Long.MIN_VALUE;
  private static final BigDecimal TWO_TO_63 = new BigDecimal(BigInteger.ONE.shiftLeft(63));

  private static List<String> findings(Fixture fixture, Rule rule) {
    return VALIDATOR.validate(fixture.build()).filter(rule).stream()
        .map(v -> Fixture.path(v) + " " + v.getSides().orElseThrow())
        .toList();
  }

  @Test
  void aRowTotalThatEqualsTheWrappedSumIsStillWrong() {
    Fixture f = Fixture.valid(Edition.V2021);
    // MAX + 1 wraps to MIN in long arithmetic: printing MIN would have passed
    f.applications.setRow(ApplicationRow.WITHHELD_STATE_SECRET, MAX, 1, 0, 0, 0, 0, MIN);
    assertEquals(List.of("applications.outcomes.withheld.stateSecret.total "
            + "-9223372036854775808 vs 9223372036854775808 (difference -18446744073709551616)"),
        findings(f, Rule.APP_ROW_TOTAL));
  }

  @Test
  void aTotalWhoseRunningSumLeavesLongAndComesBackPasses() {
    Fixture f = Fixture.valid(Edition.V2021);
    // 2 + (MAX - 1) overflows on the way; 2 + (MAX - 1) + 0 + (-1) is MAX, as printed
    f.review.setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 2, MAX - 1, 0, -1, MAX);
    assertEquals(List.of(), findings(f, Rule.LIT_TOTAL));
    f.applications.setRow(ApplicationRow.WITHHELD_STATE_SECRET, 3, MAX - 1, MIN, 0, 0, 0, 1);
    assertEquals(List.of(), findings(f, Rule.APP_ROW_TOTAL));
  }

  @Test
  void anOutcomeTotalBeyondLongIsComparedExactly() {
    Fixture f = Fixture.valid(Edition.V2019);
    f.applications.set(ApplicationRow.GRANTED, COMMERCIAL_ENTERPRISE, MAX)
        .set(ApplicationRow.PARTIALLY_GRANTED, COMMERCIAL_ENTERPRISE, MAX)
        .set(ApplicationRow.OUTCOME_TOTAL, COMMERCIAL_ENTERPRISE, -2);
    // MAX + MAX + (1 from the fixture) wraps to -1 + ... : the exact sum is 2^64 - 1
    assertEquals(List.of("applications.outcomes.total.commercialEnterprise -2 vs "
            + "18446744073709551615 (difference -18446744073709551617)"),
        findings(f, Rule.APP_OUTCOME_TOTAL));
  }

  @Test
  void aBalanceWhoseBothSidesAreBeyondLongHoldsWhenTheyAreEqual() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.applications.set(ApplicationRow.NEW_RECEIVED, Applicant.LEGAL_SERVICE_AGENCY, MAX)
        .set(ApplicationRow.CARRIED_OVER, Applicant.LEGAL_SERVICE_AGENCY, MAX)
        .set(ApplicationRow.OUTCOME_TOTAL, Applicant.LEGAL_SERVICE_AGENCY, MAX - 1)
        .set(ApplicationRow.CARRIED_FORWARD, Applicant.LEGAL_SERVICE_AGENCY, MAX);
    // MAX + MAX vs (MAX - 1) + MAX: unequal by one, both beyond long
    assertEquals(List.of("applications.carriedForward.legalServiceAgency "
            + "18446744073709551614 vs 18446744073709551613 (difference 1)"),
        findings(f, Rule.APP_BALANCE));
    f.applications.set(ApplicationRow.OUTCOME_TOTAL, Applicant.LEGAL_SERVICE_AGENCY, MAX);
    assertEquals(List.of(), findings(f, Rule.APP_BALANCE));
  }

  @Test
  void aBalanceBeyondLongOnOneSideOnlyFails() {
    Fixture f = Fixture.valid(Edition.V2019);
    f.applications.set(ApplicationRow.NEW_RECEIVED, NATURAL_PERSON, MIN)
        .set(ApplicationRow.CARRIED_OVER, NATURAL_PERSON, -1);
    // MIN + (-1) wraps to MAX; printed 三（七）19 + 四 3 = 22
    assertEquals(List.of("applications.carriedForward.naturalPerson "
            + "-9223372036854775809 vs 22 (difference -9223372036854775831)"),
        findings(f, Rule.APP_BALANCE));
  }

  @Test
  void aLitigationTotalBeyondLongIsComparedExactly() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.review.setRow(CaseBlock.LITIGATION_AFTER_REVIEW, MAX, MAX, MAX, MAX, -4);
    assertEquals(List.of("reviewAndLitigation.litigationAfterReview.total -4 vs "
            + "36893488147419103228 (difference -36893488147419103232)"),
        findings(f, Rule.LIT_TOTAL));
  }

  @Test
  void issuedUpToABoundBeyondLongPasses() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.disclosure2021.setRow(Disclosure2021Row.RULES, MAX, MAX, MAX);
    assertEquals(List.of(), findings(f, Rule.A20_ISSUED));
    f.disclosure2021.setRow(Disclosure2021Row.RULES, MAX, MIN, MIN);
    assertEquals(List.of("proactiveDisclosure.rules.issued 9223372036854775807 vs "
            + "-18446744073709551616 (difference 27670116110564327423)"),
        findings(f, Rule.A20_ISSUED));
  }

  @Test
  void projectsBelowLongAreNegativeAndAboveLongAreNot() {
    Fixture f = Fixture.valid(Edition.V2019);
    f.disclosure2019.set(Disclosure2019Row.FEES, Disclosure2019Column.PREVIOUS_YEAR, MIN)
        .set(Disclosure2019Row.FEES, Disclosure2019Column.CHANGE, MIN);
    assertEquals(List.of("proactiveDisclosure.fees.change -18446744073709551616 vs 0 "
        + "(difference -18446744073709551616)"), findings(f, Rule.A20_PROJECTS));
    f.disclosure2019.set(Disclosure2019Row.FEES, Disclosure2019Column.PREVIOUS_YEAR, MAX)
        .set(Disclosure2019Row.FEES, Disclosure2019Column.CHANGE, MAX);
    assertEquals(List.of(), findings(f, Rule.A20_PROJECTS));
  }

  @Test
  void theNarrativeAndShareRulesCompareExactlyToo() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.applications.setRow(ApplicationRow.NEW_RECEIVED, MAX, MAX, 0, 0, 0, 0, -2)
        .setRow(ApplicationRow.OTHER_OTHER, MAX, MAX, 0, 0, 0, 0, -2)
        .setRow(ApplicationRow.GRANTED, MIN, MIN, 0, 0, 0, 0, 0);
    f.review.setRow(CaseBlock.REVIEW, MAX, MAX, 0, 0, -2);
    AnnualReport report = ImmutableReport2021.copyOf((Report2021) f.build()).withSections(
        Sections.builder().overview("本年度受理政府信息公开申请 17 件，行政复议 3 件。").build());
    List<String> found = VALIDATOR.validate(report).getDiagnostics().stream()
        .map(v -> v.getCode() + " " + Fixture.path(v) + " " + v.getSides().map(Object::toString).orElse(""))
        .filter(s -> s.startsWith("NARR-A") || s.startsWith("NARR-R") || s.startsWith("OTHER-"))
        .toList();
    // 一 sums to 2^64 - 2 and prints -2; the other-handling row is 2^64 - 2 of 8 handled in all
    // (the two MIN of （一） take 2^64 away); no sum wraps, nothing throws
    assertEquals(List.of(
        "NARR-APPLICATIONS applications.newReceived.total 17 vs -2 (difference 19)",
        "OTHER-HANDLING-SHARE applications.outcomes.otherHandling.other.total "
            + "18446744073709551614 vs 8 (difference 18446744073709551606)",
        "NARR-REVIEW reviewAndLitigation.review.total 3 vs -2 (difference 5)"), found);
  }

  @Test
  void theLongSumsOfTheModelRefuseToWrapAndTheExactOnesDoNot() {
    Applications table = Applications.builder(Edition.V2021)
        .setRow(ApplicationRow.NEW_RECEIVED, MAX, 1, 0, 0, 0, 0, 0)
        .build();
    assertThrows(ArithmeticException.class,
        () -> table.computedRowTotal(ApplicationRow.NEW_RECEIVED));
    assertEquals(TWO_TO_63.toBigIntegerExact(),
        table.sumExact(ApplicationRow.NEW_RECEIVED, Applicant.parts()));
    assertThrows(ArithmeticException.class,
        () -> table.sum(List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.NEW_RECEIVED),
            NATURAL_PERSON));
    assertEquals(TWO_TO_63.toBigIntegerExact().shiftLeft(1).subtract(BigInteger.TWO),
        table.sumExact(List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.NEW_RECEIVED),
            NATURAL_PERSON));
  }

  @Test
  void fillingATotalBeyondLongNamesTheTotal() {
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, MAX, 1, 0, 0, 0).fillTotals());
    assertEquals("reviewAndLitigation.review.total: the sum of its parts is beyond the range of a "
        + "count (a long)", e.getMessage());
    ArithmeticException outcome = assertThrows(ArithmeticException.class,
        () -> Applications.builder(Edition.V2019)
            .set(ApplicationRow.GRANTED, NATURAL_PERSON, MAX)
            .set(ApplicationRow.NOT_PROCESSED_REPEATED, NATURAL_PERSON, MAX).fillTotals());
    assertEquals("applications.outcomes.total.naturalPerson: the sum of its parts is beyond the "
        + "range of a count (a long)", outcome.getMessage());
  }
}
