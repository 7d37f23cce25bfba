package org.ogireport.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.TableLayout;
import org.ogireport.core.Table;
import org.ogireport.core.samples.Samples;

class AggregateTest {

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 0x5EED_0000L + i);
  }

  private static List<AnnualReport> departments(long seed, boolean consistent) {
    Random random = new Random(seed);
    Edition edition = random.nextBoolean() ? Edition.V2019 : Edition.V2021;
    int year = edition == Edition.V2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
    MoneyUnit unit = edition == Edition.V2021 || random.nextBoolean() ? MoneyUnit.WAN_YUAN : null;
    int n = 1 + random.nextInt(6);
    List<AnnualReport> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reports.add(RandomReports.generate(random, edition, year, "某县部门" + i, consistent, unit));
    }
    return reports;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyCellIsTheSumOfTheContributorsCells(long seed) {
    List<AnnualReport> reports = departments(seed, false);
    Aggregate aggregate = Aggregate.of("某县人民政府", reports);
    AnnualReport sum = aggregate.getReport();
    assertEquals("某县人民政府", sum.getOrgan());
    assertEquals(reports.get(0).getYear(), sum.getYear());
    assertEquals(reports.get(0).getEdition(), sum.getEdition());
    assertTrue(aggregate.getUnsummedCells().isEmpty());
    for (int t = 0; t < sum.getTables().size(); t++) {
      Table<?, ?> table = sum.getTables().get(t);
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        Cell cell = table.getCells().get(slot.getIndex());
        BigDecimal expected = BigDecimal.ZERO;
        boolean anyNumber = false;
        for (AnnualReport report : reports) {
          Cell input = report.getTables().get(t).getCells().get(slot.getIndex());
          anyNumber |= input.isNumber();
          expected = expected.add(input.toDecimalOrZero());
        }
        assertEquals(anyNumber, cell.isNumber(), slot.getPath());
        assertEquals(0, expected.compareTo(cell.toDecimalOrZero()),
            slot.getPath() + ": " + expected + " vs " + cell);
      }
    }
    List<String> organs = new ArrayList<>();
    reports.forEach(r -> organs.add(r.getOrgan()));
    assertEquals(organs, aggregate.getContributors());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void contributorsThatKeepTheRulesGiveAnAggregateThatKeepsThem(long seed) {
    List<AnnualReport> reports = departments(seed, true);
    for (AnnualReport report : reports) {
      assertEquals(List.of(), RandomReports.brokenRules(report), "generator: " + report.getOrgan());
    }
    AnnualReport sum = Aggregate.of("某县人民政府", reports).getReport();
    assertEquals(List.of(), RandomReports.brokenRules(sum));
  }

  @Test
  void theGeneratorCanBreakTheRules() {
    long broken = seeds()
        .filter(seed -> departments(seed, false).stream()
            .anyMatch(r -> !RandomReports.brokenRules(r).isEmpty()))
        .count();
    assertTrue(broken > 30, "only " + broken + " seeds give a report that breaks a rule");
  }

  @Test
  void aCellWithoutANumberEverywhereStaysWithoutOne() {
    Applications.Builder a = Applications.builder(Edition.V2021)
        .setBlank(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL)
        .setMarker(ApplicationRow.OTHER_OTHER, Applicant.TOTAL)
        .setMarker(ApplicationRow.OTHER_NO_CORRECTION, Applicant.TOTAL)
        .setBlank(ApplicationRow.GRANTED, Applicant.TOTAL);
    Applications.Builder b = Applications.builder(Edition.V2021)
        .setMarker(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL)
        .setMarker(ApplicationRow.OTHER_OTHER, Applicant.TOTAL)
        .set(ApplicationRow.GRANTED, Applicant.TOTAL, 4);
    Report2021 ra = Report2021.builder().organ("甲局").year(2023).applications(a.build()).build();
    Report2021 rb = Report2021.builder().organ("乙局").year(2023).applications(b.build()).build();
    Applications sum = Aggregate.of("某县", List.of(ra, rb)).getReport().getApplications();
    assertTrue(sum.get(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL).isBlank());
    assertTrue(sum.get(ApplicationRow.OTHER_OTHER, Applicant.TOTAL).isMarker());
    assertEquals(Count.ZERO, sum.get(ApplicationRow.OTHER_NO_CORRECTION, Applicant.TOTAL));
    assertEquals(Count.of(4), sum.get(ApplicationRow.GRANTED, Applicant.TOTAL));
  }

  @Test
  void theRealHongzeAndHuaianReportsAddUp() {
    Aggregate aggregate =
        Aggregate.of("合计", List.of(Samples.huaian2024(), Samples.hongze2024()));
    AnnualReport sum = aggregate.getReport();
    assertEquals(List.of("淮安市人民政府", "淮安市洪泽区人民政府"), aggregate.getContributors());
    assertEquals(Count.of(3119 + 95),
        sum.getApplications().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL));
    // 洪泽 printed the two 其他处理 sub-rows blank: 淮安's numbers remain
    assertEquals(Count.of(71),
        sum.getApplications().get(ApplicationRow.OTHER_NO_CORRECTION, Applicant.TOTAL));
    assertEquals(Count.of(351 + 2),
        sum.getReviewAndLitigation().get(CaseBlock.REVIEW, CaseResult.TOTAL));
    assertEquals(Amount.of(new BigDecimal("103716.6"), MoneyUnit.WAN_YUAN),
        sum.getProactiveDisclosure().getCells().get(9));
    assertEquals(3050 + 95,
        Indicators.of(sum).get(Indicator.APPLICATIONS_HANDLED).getNumerator());
  }

  private static AnnualReport procurement(String organ, Amount amount) {
    return ImmutableReport2019.copyOf(Samples.seed000()).withOrgan(organ)
        .withProactiveDisclosure(ProactiveDisclosure2019.builder()
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT, amount)
            .build());
  }

  private static Cell procurementSum(AnnualReport... reports) {
    return Aggregate.of("某县", List.of(reports)).getReport().getProactiveDisclosure()
        .getCells().get(TableLayoutIndex.PROCUREMENT_AMOUNT);
  }

  /** The index of 2019 采购总金额 in table 二's layout. */
  private static final class TableLayoutIndex {
    static final int PROCUREMENT_AMOUNT = TableLayout.proactiveDisclosure2019()
        .getSlot(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT).getIndex();
  }

  @Test
  void moneyInDifferentUnitsIsSummedIn元() {
    Cell sum = procurementSum(
        procurement("合川区信访办", Amount.of(new BigDecimal("68000"), MoneyUnit.YUAN)),
        procurement("涪陵区政府办", Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN)));
    assertEquals(Amount.of(new BigDecimal("986200.00"), MoneyUnit.YUAN), sum);
  }

  @Test
  void moneyInOneUnitStaysInIt() {
    assertEquals(Amount.of(new BigDecimal("92.82"), MoneyUnit.WAN_YUAN), procurementSum(
        procurement("甲", Amount.of(new BigDecimal("1"), MoneyUnit.WAN_YUAN)),
        procurement("乙", Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN)),
        procurement("丙", Amount.blank())));
    assertEquals(Amount.ofUnknownUnit(new BigDecimal("5")), procurementSum(
        procurement("甲", Amount.ofUnknownUnit(new BigDecimal("2"))),
        procurement("乙", Amount.ofUnknownUnit(new BigDecimal("3")))));
  }

  @Test
  void moneyWithAndWithoutUnitIsLeftBlankAndListed() {
    Aggregate aggregate = Aggregate.of("某县", List.of(
        procurement("甲", Amount.ofUnknownUnit(new BigDecimal("68000"))),
        procurement("乙", Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN))));
    assertEquals(List.of("proactiveDisclosure.procurement.amount"), aggregate.getUnsummedCells());
    assertTrue(aggregate.getReport().getProactiveDisclosure().getCells()
        .get(TableLayoutIndex.PROCUREMENT_AMOUNT).isBlank());
  }

  @Test
  void mixedYearsOrEditionsAreRefusedNamingTheReport() {
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
        () -> Aggregate.of("合计", List.of(Samples.hongze2024(), Samples.huaian2024(),
            Samples.hongze2023())));
    assertEquals(
        "reports of one edition and year only: report 3, 淮安市洪泽区人民政府 (2023, edition 2021),"
            + " differs from the first, 淮安市洪泽区人民政府 (2024, edition 2021)",
        year.getMessage());
    AnnualReport old = ImmutableReport2019.copyOf(Samples.seed001()).withYear(2024);
    IllegalArgumentException edition = assertThrows(IllegalArgumentException.class,
        () -> Aggregate.of("合计", List.of(Samples.huaian2024(), old)));
    assertEquals(
        "reports of one edition and year only: report 2, 重庆市涪陵区人民政府办公室 (2024, edition"
            + " 2019), differs from the first, 淮安市人民政府 (2024, edition 2021)",
        edition.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> Aggregate.of("合计", List.of()));
    assertEquals("nothing to aggregate: no reports given", none.getMessage());
  }

  @Test
  void anOverflowNamesTheCellAndTheReport() {
    ImmutableReport2021 big = ImmutableReport2021.copyOf(Samples.seed004())
        .withApplications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, Long.MAX_VALUE - 1).build());
    Report2021 more = big.withOrgan("另一局");
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> Aggregate.of("合计", List.of(big, more)));
    assertEquals(
        "applications.newReceived.total: the sum overflows a long when adding 9223372036854775806"
            + " of 另一局 (2022, edition 2021)",
        e.getMessage());
  }
}
