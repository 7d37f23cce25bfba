package org.ogireport.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2021;
import org.ogireport.core.Applications;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.samples.Samples;

class IndicatorsTest {

  /** Asserts a share as numerator/denominator, hand-computed from the printed cells. */
  private static void assertShare(Indicators ind, Indicator indicator, long num, long den) {
    IndicatorValue v = ind.get(indicator);
    assertEquals(num, v.getNumerator(), indicator.getId());
    assertEquals(OptionalLong.of(den), v.getDenominator(), indicator.getId());
    assertEquals(den != 0, v.isDefined(), indicator.getId());
    if (den != 0) {
      assertEquals((double) num / den, v.getValue().getAsDouble(), 0.0, indicator.getId());
    } else {
      assertTrue(v.getValue().isEmpty(), indicator.getId());
      assertTrue(v.toDecimal(4).isEmpty(), indicator.getId());
    }
  }

  static Stream<AnnualReport> zeroSeeds() {
    return Stream.of(
        Samples.seed000(),
        Samples.zeroSeed2019("固原市信访局"),
        Samples.zeroSeed2019("遂宁市安居区经济合作局"),
        Samples.seed004());
  }

  @ParameterizedTest
  @MethodSource("zeroSeeds")
  void seedsWithNoApplicationsHaveEveryShareUndefined(AnnualReport seed) {
    Indicators ind = Indicators.of(seed);
    assertEquals(0, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertTrue(ind.get(Indicator.APPLICATIONS_HANDLED).isDefined());
    for (Indicator i : Indicator.values()) {
      if (i.isShare()) {
        assertShare(ind, i, 0, 0);
      }
    }
    assertEquals(seed.getOrgan(), ind.getOrgan());
  }

  @Test
  void seed001EightApplicationsAllGrantedAndOneReviewCorrected() {
    Indicators ind = Indicators.of(Samples.seed001());
    assertEquals(8, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertEquals(8.0, ind.get(Indicator.APPLICATIONS_HANDLED).getValue().getAsDouble());
    assertShare(ind, Indicator.GRANTED_SHARE, 8, 8);
    assertShare(ind, Indicator.PARTIALLY_GRANTED_SHARE, 0, 8);
    assertShare(ind, Indicator.WITHHELD_SHARE, 0, 8);
    assertShare(ind, Indicator.NOT_HELD_SHARE, 0, 8);
    assertShare(ind, Indicator.REVIEW_CORRECTION_RATE, 1, 1);
    assertShare(ind, Indicator.LITIGATION_CORRECTION_RATE, 0, 0);
    assertShare(ind, Indicator.CARRIED_FORWARD_SHARE, 0, 8);
    assertEquals("granted_share=8/8", ind.get(Indicator.GRANTED_SHARE).toString());
  }

  @Test
  void hongze2023ReviewRateUsesTheResultsNotThePrintedZeroTotal() {
    Indicators ind = Indicators.of(Samples.hongze2023());
    assertEquals(21, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertShare(ind, Indicator.GRANTED_SHARE, 0, 21);
    assertShare(ind, Indicator.PARTIALLY_GRANTED_SHARE, 4, 21);
    assertShare(ind, Indicator.WITHHELD_SHARE, 1 + 1 + 1, 21);
    assertShare(ind, Indicator.NOT_HELD_SHARE, 10, 21);
    // 行政复议 维持 10, 纠正 1, 总计 printed 0: 已审结 = 10 + 1 + 0
    assertShare(ind, Indicator.REVIEW_CORRECTION_RATE, 1, 11);
    assertEquals(new BigDecimal("0.0909"),
        ind.get(Indicator.REVIEW_CORRECTION_RATE).toDecimal(4).orElseThrow());
    assertShare(ind, Indicator.LITIGATION_CORRECTION_RATE, 0, 5);
    assertShare(ind, Indicator.CARRIED_FORWARD_SHARE, 0, 21);
    assertShare(ind, Indicator.SUBSTANTIVE_DISCLOSURE_SHARE, 0 + 4, 21);
  }

  @Test
  void hongze2024() {
    Indicators ind = Indicators.of(Samples.hongze2024());
    assertEquals(95, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertShare(ind, Indicator.GRANTED_SHARE, 50, 95);
    assertShare(ind, Indicator.PARTIALLY_GRANTED_SHARE, 9, 95);
    assertShare(ind, Indicator.WITHHELD_SHARE, 3, 95);
    assertShare(ind, Indicator.NOT_HELD_SHARE, 31, 95);
    assertShare(ind, Indicator.REVIEW_CORRECTION_RATE, 1, 2);
    // 直接起诉 维持 1; 复议后起诉 维持 2, 其他 1: 已审结 4, 纠正 0
    assertShare(ind, Indicator.LITIGATION_CORRECTION_RATE, 0, 4);
    assertShare(ind, Indicator.CARRIED_FORWARD_SHARE, 0, 95);
    assertShare(ind, Indicator.SUBSTANTIVE_DISCLOSURE_SHARE, 50 + 9, 95);
  }

  @Test
  void huaian2024() {
    Indicators ind = Indicators.of(Samples.huaian2024());
    assertEquals(3050, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertShare(ind, Indicator.GRANTED_SHARE, 1362, 3050);
    assertShare(ind, Indicator.PARTIALLY_GRANTED_SHARE, 454, 3050);
    assertShare(ind, Indicator.WITHHELD_SHARE, 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105, 3050);
    assertShare(ind, Indicator.NOT_HELD_SHARE, 769, 3050);
    assertShare(ind, Indicator.REVIEW_CORRECTION_RATE, 64, 72 + 64 + 178);
    assertShare(ind, Indicator.LITIGATION_CORRECTION_RATE, 4 + 1, 13 + 4 + 8 + 12 + 1 + 1);
    assertShare(ind, Indicator.CARRIED_FORWARD_SHARE, 103, 3119 + 34);
    assertShare(ind, Indicator.SUBSTANTIVE_DISCLOSURE_SHARE, 1362 + 454, 3050);
    assertEquals(new BigDecimal("0.4466"),
        ind.get(Indicator.GRANTED_SHARE).toDecimal(4).orElseThrow());
  }

  @Test
  void sharesUseThePartsWhenPrintedTotalsAreWrong() {
    Report2021 report = Report2021.builder()
        .organ("某局")
        .year(2023)
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, 3, 1, 0, 0, 0, 0, 99)
            .setRow(ApplicationRow.GRANTED, 2, 1, 0, 0, 0, 0, 0)
            .setRow(ApplicationRow.UNABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
            .setRow(ApplicationRow.OUTCOME_TOTAL, 0, 0, 0, 0, 0, 0, 0)
            .setBlank(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.NATURAL_PERSON)
            .build())
        .build();
    Indicators ind = Indicators.of(report);
    assertEquals(4, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertShare(ind, Indicator.GRANTED_SHARE, 3, 4);
    assertShare(ind, Indicator.NOT_HELD_SHARE, 1, 4);
    assertShare(ind, Indicator.CARRIED_FORWARD_SHARE, 0, 4);
  }

  @Test
  void aShareOfNegativeCountsIsUndefinedNotAPercentage() {
    Report2021 report = Report2021.builder()
        .organ("某局")
        .year(2023)
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, -8, 0, 0, 0, 0, 0, -8)
            .setRow(ApplicationRow.GRANTED, -8, 0, 0, 0, 0, 0, -8)
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .set(CaseBlock.REVIEW, CaseResult.CORRECTED, -1)
            .set(CaseBlock.REVIEW, CaseResult.UPHELD, 2)
            .build())
        .build();
    Indicators ind = Indicators.of(report);
    IndicatorValue granted = ind.get(Indicator.GRANTED_SHARE);
    assertEquals(-8, granted.getNumerator());
    assertEquals(OptionalLong.of(-8), granted.getDenominator());
    assertFalse(granted.isDefined());
    assertTrue(granted.getValue().isEmpty());
    assertTrue(granted.toDecimal(4).isEmpty());
    IndicatorValue corrected = ind.get(Indicator.REVIEW_CORRECTION_RATE);
    assertEquals(-1, corrected.getNumerator());
    assertEquals(OptionalLong.of(1), corrected.getDenominator());
    assertFalse(corrected.isDefined());
    assertEquals(-8, ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator());
    assertTrue(ind.get(Indicator.APPLICATIONS_HANDLED).isDefined());
  }

  @Test
  void anOverflowingSumIsReportedWithItsCell() {
    Report2021 report = Report2021.builder()
        .organ("某局")
        .year(2023)
        .applications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, Long.MAX_VALUE)
            .set(ApplicationRow.GRANTED, Applicant.COMMERCIAL_ENTERPRISE, 1)
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .set(CaseBlock.REVIEW, CaseResult.UPHELD, 1)
            .build())
        .build();
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Indicators.of(report));
    assertEquals(
        "the sum over applications.outcomes.granted.commercialEnterprise and the cells before it"
            + " overflows a long",
        e.getMessage());
  }

  @Test
  void everyIndicatorHasADistinctIdNamesAndADefinition() {
    Set<String> ids = new HashSet<>();
    for (Indicator i : Indicator.values()) {
      assertTrue(ids.add(i.getId()), i.getId());
      assertTrue(i.getId().matches("[a-z]+(_[a-z]+)*"), i.getId());
      assertFalse(i.getChineseName().isBlank());
      assertFalse(i.getEnglishName().isBlank());
      assertFalse(i.getDefinition().isBlank());
      assertEquals(i, Indicator.ofId(i.getId()));
    }
    assertEquals(List.of(Indicator.values()),
        List.copyOf(Indicators.of(Samples.seed001()).asMap().keySet()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Indicator.ofId("grantedShare"));
    assertTrue(e.getMessage().startsWith(
        "unknown indicator 'grantedShare': expected one of applications_handled, granted_share"),
        e.getMessage());
  }

  @Test
  void everyShareNamesItsBaseInItsDefinitionAndOnlyTheCarryForwardShareCountsPendingOnes() {
    for (Indicator i : Indicator.values()) {
      assertEquals(i.isShare(), i.getBase().isPresent(), i.getId());
      i.getBase().ifPresent(base -> {
        assertTrue(i.getDefinition().startsWith(i.getNumeratorDefinition() + " / "
            + base.getLabel() + " ("), i.getDefinition());
        assertTrue(base.getDescription().contains("included"), base.name());
      });
      assertEquals(i == Indicator.CARRIED_FORWARD_SHARE,
          i.getBase().orElse(null) == Indicator.Base.APPLICATIONS_OPEN, i.getId());
    }
    assertEquals("（一）予以公开 + （二）部分公开, summed over the six applicant columns / （七）总计 "
        + "(applications closed this year: every outcome row of table 三 over the six applicant "
        + "columns; the pending ones (四、结转下年度继续办理) are not included)",
        Indicator.SUBSTANTIVE_DISCLOSURE_SHARE.getDefinition());
  }

  @Test
  void pendingCasesAndApplicationsChangeNoShareOfClosedOnes() {
    Report2021 closedOnly = Report2021.builder().organ("某局").year(2023)
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, 10, 0, 0, 0, 0, 0, 10)
            .setRow(ApplicationRow.GRANTED, 6, 0, 0, 0, 0, 0, 6)
            .setRow(ApplicationRow.PARTIALLY_GRANTED, 2, 0, 0, 0, 0, 0, 2)
            .setRow(ApplicationRow.UNABLE_NOT_HELD, 2, 0, 0, 0, 0, 0, 2)
            .fillTotals().build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .set(CaseBlock.REVIEW, CaseResult.UPHELD, 3)
            .set(CaseBlock.REVIEW, CaseResult.CORRECTED, 1)
            .set(CaseBlock.LITIGATION_DIRECT, CaseResult.CORRECTED, 1)
            .set(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.OTHER, 1)
            .fillTotals().build())
        .build();
    // the same year with 40 more applications still pending and 50 cases not yet decided
    Report2021 withPending = Report2021.builder().from(closedOnly)
        .applications(Applications.builder(Edition.V2021).from(closedOnly.getApplications())
            .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, 50)
            .set(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON, 40)
            .fillTotals().build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .from(closedOnly.getReviewAndLitigation())
            .set(CaseBlock.REVIEW, CaseResult.PENDING, 20)
            .set(CaseBlock.LITIGATION_DIRECT, CaseResult.PENDING, 15)
            .set(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.PENDING, 15)
            .fillTotals().build())
        .build();
    Indicators before = Indicators.of(closedOnly);
    Indicators after = Indicators.of(withPending);
    for (Indicator i : Indicator.values()) {
      if (i != Indicator.CARRIED_FORWARD_SHARE) {
        assertEquals(before.get(i), after.get(i), i.getId());
      }
    }
    assertShare(after, Indicator.REVIEW_CORRECTION_RATE, 1, 4);
    assertShare(after, Indicator.LITIGATION_CORRECTION_RATE, 1, 2);
    assertShare(after, Indicator.SUBSTANTIVE_DISCLOSURE_SHARE, 8, 10);
    assertShare(after, Indicator.CARRIED_FORWARD_SHARE, 40, 50);
  }
}
