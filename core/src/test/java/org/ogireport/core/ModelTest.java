package org.ogireport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelTest {

  @Test
  void layoutsHaveTheOfficialCellCounts() {
    assertEquals(22, TableLayout.proactiveDisclosure2019().size());
    assertEquals(10, TableLayout.proactiveDisclosure2021().size());
    assertEquals(161, TableLayout.applications(Edition.V2019).size());
    assertEquals(175, TableLayout.applications(Edition.V2021).size());
    assertEquals(15, TableLayout.reviewAndLitigation().size());
    assertEquals(19, ApplicationRow.outcomes(Edition.V2019).size());
    assertEquals(21, ApplicationRow.outcomes(Edition.V2021).size());
  }

  @Test
  void aLayoutSaysWhichSlotsHoldMoneyAsTheirColumnsDo() {
    TableLayout<Disclosure2019Row, Disclosure2019Column> disclosure =
        TableLayout.proactiveDisclosure2019();
    int amount = disclosure.getSlot(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT)
        .getIndex();
    assertTrue(disclosure.isMoney(amount));
    assertFalse(disclosure.isMoney(amount - 1));
    int money = 0;
    for (TableLayout<?, ?> layout : List.of(disclosure, TableLayout.proactiveDisclosure2021(),
        TableLayout.applications(Edition.V2019), TableLayout.applications(Edition.V2021),
        TableLayout.reviewAndLitigation())) {
      for (CellSlot<?, ?> slot : layout.getSlots()) {
        assertEquals(slot.getKind().isMoney(), layout.isMoney(slot.getIndex()), slot.getPath());
        money += layout.isMoney(slot.getIndex()) ? 1 : 0;
      }
      assertThrows(IndexOutOfBoundsException.class, () -> layout.isMoney(layout.size()));
    }
    assertEquals(2, money);
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void everyCellOfAnEditionHasItsOwnJsonPath(Edition edition) {
    AnnualReport report = AnnualReport.blank(edition, "某机关", 2022);
    Set<String> paths = new HashSet<>();
    int cells = 0;
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        assertTrue(paths.add(slot.getPath()), slot.getPath());
        cells++;
      }
    }
    assertEquals(edition == Edition.V2019 ? 198 : 200, cells);
    assertTrue(paths.contains("applications.outcomes.withheld.stateSecret.naturalPerson"));
    assertTrue(paths.contains("reviewAndLitigation.litigationAfterReview.total"));
    assertEquals(
        edition == Edition.V2021,
        paths.contains("applications.outcomes.otherHandling.unpaidFee.total"));
    assertEquals(edition == Edition.V2019, paths.contains("applications.outcomes.otherHandling.total"));
  }

  @Test
  void aFreshFormIsAllZeros() {
    Report2021 report = Report2021.builder().organ("巫溪县信访办公室").year(2022).build();
    for (Table<?, ?> table : report.getTables()) {
      for (Cell cell : table.getCells()) {
        assertTrue(cell.isNumber());
        assertEquals(0, cell.toDecimalOrZero().signum());
      }
    }
    assertEquals(
        Amount.of(BigDecimal.ZERO, MoneyUnit.WAN_YUAN),
        report.getProactiveDisclosure().getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT));
  }

  @Test
  void fillTotalsSumsRowsThenTheOutcomeTotal() {
    Applications t = Applications.builder(Edition.V2021)
        .setRow(ApplicationRow.NEW_RECEIVED, 5, 1, 0, 0, 2, 0, 999)
        .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 4)
        .set(ApplicationRow.OTHER_UNPAID_FEE, Applicant.LEGAL_SERVICE_AGENCY, 2)
        .setBlank(ApplicationRow.UNABLE_NOT_HELD, Applicant.COMMERCIAL_ENTERPRISE)
        .fillTotals()
        .build();
    assertEquals(8, t.getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).getValue());
    assertEquals(4, t.getCount(ApplicationRow.OUTCOME_TOTAL, Applicant.NATURAL_PERSON).getValue());
    assertEquals(2, t.getCount(ApplicationRow.OUTCOME_TOTAL, Applicant.LEGAL_SERVICE_AGENCY).getValue());
    assertEquals(6, t.getCount(ApplicationRow.OUTCOME_TOTAL, Applicant.TOTAL).getValue());
    assertTrue(t.getCount(ApplicationRow.UNABLE_NOT_HELD, Applicant.COMMERCIAL_ENTERPRISE).isBlank());
  }

  @Test
  void printedTotalsAreKeptAndComputedSumsAreSeparate() {
    Applications t = Applications.builder(Edition.V2019)
        .setRow(ApplicationRow.NEW_RECEIVED, 5, 1, 0, 0, 0, 0, 7)
        .build();
    assertEquals(7, t.getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).getValue());
    assertEquals(6, t.computedRowTotal(ApplicationRow.NEW_RECEIVED));
    assertEquals(6, t.withTotalsFilled().getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).getValue());
  }

  @Test
  void reviewTotalsFill() {
    ReviewAndLitigation t = ReviewAndLitigation.builder()
        .set(CaseBlock.REVIEW, CaseResult.CORRECTED, 1)
        .set(CaseBlock.REVIEW, CaseResult.PENDING, 2)
        .build();
    assertEquals(0, t.getCount(CaseBlock.REVIEW, CaseResult.TOTAL).getValue());
    assertEquals(3, t.computedTotal(CaseBlock.REVIEW));
    assertEquals(3, t.withTotalsFilled().getCount(CaseBlock.REVIEW, CaseResult.TOTAL).getValue());
  }

  @Test
  void aCellOfTheOtherEditionIsRejectedWithItsPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Applications.builder(Edition.V2019).set(ApplicationRow.OTHER_OTHER, Applicant.TOTAL, 1));
    assertEquals("no cell applications.outcomes.otherHandling.other.total in the 2019 edition", e.getMessage());
  }

  @Test
  void aReportRejectsTheOtherEditionsTable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Report2019.builder().organ("x").year(2019)
            .applications(Applications.zeros(Edition.V2021)).build());
    assertEquals(
        "applications: a 2019 report needs the 2019 edition's table 三, got the 2021 one", e.getMessage());
  }

  @Test
  void shapeChecksNameTheCell() {
    List<Cell> cells = new ArrayList<>(ReviewAndLitigation.zeros().getCells());
    cells.remove(14);
    IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
        () -> ReviewAndLitigation.ofCells(cells));
    assertEquals("table reviewAndLitigation has 15 cells, got 14", size.getMessage());

    List<Cell> wrongKind = new ArrayList<>(ProactiveDisclosure2021.zeros().getCells());
    wrongKind.set(9, Count.of(3));
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
        () -> ProactiveDisclosure2021.ofCells(wrongKind));
    assertEquals("proactiveDisclosure.fees.amount must hold an Amount, got Count 3", kind.getMessage());
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Report2021.builder().year(2022).build());
    assertTrue(e.getMessage().contains("organ"), e.getMessage());
  }

  @Test
  void blankMarkerAndZeroAreDistinct() {
    assertNotEquals(Count.blank(), Count.ZERO);
    assertNotEquals(Count.marker(), Count.blank());
    assertEquals(0, Count.blank().orZero());
    assertFalse(Count.blank().isNumber());
    assertThrows(IllegalStateException.class, () -> Count.marker().getValue());
    assertSame(Count.of(5), Count.of(5));
    assertEquals(Count.of(1_000_000), Count.of(1_000_000));
    assertTrue(Count.of(-18).isNegative());
  }

  @Test
  void amountsKeepScaleAndConvertUnits() {
    Amount a = Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN);
    assertEquals(new BigDecimal("918200.00"), a.toYuan().orElseThrow());
    assertEquals("91.82万元", a.toString());
    assertNotEquals(a, Amount.of(new BigDecimal("91.820"), MoneyUnit.WAN_YUAN));
    assertTrue(Amount.ofUnknownUnit(new BigDecimal("68000")).toYuan().isEmpty());
  }

  @Test
  void reportsAreValuesAndTotalsFillOnTheWholeReport() {
    Report2019 a = Report2019.builder().organ("x").year(2019)
        .reviewAndLitigation(ReviewAndLitigation.builder().set(CaseBlock.REVIEW, CaseResult.UPHELD, 2).build())
        .build();
    Report2019 b = Report2019.builder().from(a).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(2, a.withTotalsFilled().getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.TOTAL).getValue());
  }

  @Test
  void editionsByYearAndCode() {
    assertEquals(Edition.V2019, Edition.forYear(2020));
    assertEquals(Edition.V2021, Edition.forYear(2021));
    assertEquals(Edition.V2021, Edition.ofCode("2021"));
    assertEquals("unknown edition '2020': expected \"2019\" or \"2021\"",
        assertThrows(IllegalArgumentException.class, () -> Edition.ofCode("2020")).getMessage());
  }

  @Test
  void aCellIsNamedAsTheFormPrintsIt() {
    assertEquals("表三 （三）不予公开 1.属于国家秘密·自然人", TableLayout.applications(Edition.V2021)
        .getSlot(ApplicationRow.WITHHELD_STATE_SECRET, Applicant.NATURAL_PERSON).getLabel());
    assertEquals("表四 行政诉讼 复议后起诉·总计", TableLayout.reviewAndLitigation()
        .getSlot(CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.TOTAL).getLabel());
    assertEquals("表二 第二十条第（九）项 政府集中采购·采购总金额", TableLayout.proactiveDisclosure2019()
        .getSlot(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT).getLabel());
    assertEquals("表三 四、结转下年度继续办理·总计", TableLayout.applications(Edition.V2019)
        .getSlot(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL).getLabel());
  }
}
