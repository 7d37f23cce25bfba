package org.ogireport.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.Table;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.testing.ReportGenerator;

/** Comparisons of generated reports, checked against the cells read directly. */
class CompareGeneratedTest {

  private static final String ORGAN = "某某县人民政府";
  private static final ReportComparator COMPARATOR = ReportComparator.create();

  private static AnnualReport of(AnnualReport generated, int year) {
    return generated instanceof Report2021 r
        ? ImmutableReport2021.copyOf(r).withOrgan(ORGAN).withYear(year)
        : ImmutableReport2019.copyOf((Report2019) generated).withOrgan(ORGAN).withYear(year);
  }

  @Test
  void everyCellOfTwoGeneratedYearsHasTheChangeOfItsPrintedNumbers() {
    ReportGenerator generator = new ReportGenerator(2024L);
    for (int run = 0; run < 20; run++) {
      AnnualReport last = of(generator.next(Edition.V2021), 2022);
      AnnualReport now = of(generator.next(Edition.V2021), 2023);
      YearComparison c = COMPARATOR.compare(last, now);
      int cells = 0;
      for (int t = 0; t < 3; t++) {
        Table<?, ?> before = last.getTables().get(t);
        Table<?, ?> after = now.getTables().get(t);
        for (CellSlot<?, ?> slot : after.getLayout().getSlots()) {
          BigDecimal a = before.getCells().get(slot.getIndex()).toDecimalOrZero();
          BigDecimal b = after.getCells().get(slot.getIndex()).toDecimalOrZero();
          CellComparison cell = c.getCell(slot.getPath()).orElseThrow();
          assertEquals(0, b.subtract(a).compareTo(cell.getDifference().orElseThrow()),
              slot.getPath());
          Change expected = a.compareTo(b) < 0 ? Change.INCREASED
              : a.compareTo(b) > 0 ? Change.DECREASED : Change.UNCHANGED;
          assertEquals(expected, cell.getChange(), slot.getPath());
          cells++;
        }
      }
      assertEquals(200, cells);
      assertEquals(200, c.getCells().size());
    }
  }

  @Test
  void theSeriesRulesFindingsAreOnTheCellsTheyConcern() {
    ReportGenerator generator = new ReportGenerator(99L);
    AnnualReport last = of(generator.next(Edition.V2021), 2022);
    AnnualReport now = of(generator.next(Edition.V2021), 2023);
    YearComparison c = COMPARATOR.compare(last, now);

    // computed here from the cells: SERIES-CARRY where last year's 四 differs from this year's 二,
    // SERIES-IN-FORCE where last year's in force + issued − repealed differs from this year's
    Set<String> expected = new HashSet<>();
    for (Applicant column : Applicant.values()) {
      long carriedForward = last.getApplications()
          .getCount(ApplicationRow.CARRIED_FORWARD, column).orZero();
      long carriedOver = now.getApplications().getCount(ApplicationRow.CARRIED_OVER, column).orZero();
      if (carriedForward != carriedOver) {
        expected.add("SERIES-CARRY 2023: applications.carriedOver." + column.getJsonName());
      }
    }
    for (Disclosure2021Row row : List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS)) {
      long before = count(last, row, Disclosure2021Column.IN_FORCE);
      long after = count(now, row, Disclosure2021Column.IN_FORCE);
      if (before + count(now, row, Disclosure2021Column.ISSUED)
          - count(now, row, Disclosure2021Column.REPEALED) != after) {
        expected.add("SERIES-IN-FORCE 2023: proactiveDisclosure." + row.getJsonPath() + ".inForce");
      }
    }
    assertTrue(expected.size() >= 3, expected.toString());
    Set<String> warnings = new HashSet<>();
    for (Diagnostic d : c.getFindings()) {
      if (d.getSeverity() == Severity.WARNING) {
        warnings.add(d.getCode() + " " + d.getLocation());
        CellComparison cell = c.getCell(d.getLocation().getPath()).orElseThrow();
        assertTrue(cell.getFindings().contains(d), cell.toString());
        assertEquals(d.getLocation().getPath(), d.getLocation().getCell().orElseThrow().getPath());
      }
    }
    assertEquals(expected, warnings);
    // no section 五 in generated reports: SERIES-COPIED-PROBLEMS says why it did not apply
    assertTrue(c.getFindings().stream().anyMatch(d -> d.getSeverity() == Severity.INFO
        && d.getCode().equals("SERIES-COPIED-PROBLEMS")
        && d.getMessage(java.util.Locale.ENGLISH).equals(
            "the 2022 report has no section 五")));
    String html = ComparisonFormat.HTML.render(c);
    assertEquals(expected.size(), html.split(" ogi-finding\"", -1).length - 1);
  }

  private static long count(AnnualReport report, Disclosure2021Row row, Disclosure2021Column column) {
    return ((org.ogireport.core.ProactiveDisclosure2021) report.getProactiveDisclosure())
        .getCount(row, column).orZero();
  }

  @Test
  void acrossTheEditionChangeOnlyWhatBothFormsShareIsCompared() {
    ReportGenerator generator = new ReportGenerator(2020L);
    AnnualReport last = of(generator.next(Edition.V2019), 2020);
    AnnualReport now = of(generator.next(Edition.V2021), 2021);
    YearComparison c = COMPARATOR.compare(last, now);
    assertTrue(c.isEditionChange());
    // 表二: 22 cells in 2019, 10 in 2021, 3 shared (处理决定数量 of 行政许可, 行政处罚, 行政强制);
    // 表三: the 2019 （六）其他处理 row (7) and the three 2021 rows (21) alone, their sums compared (7)
    assertEquals(19 + 7 + 7 + 21, c.count(Change.NOT_COMPARABLE));
    // every 2021 cell, the 2019 ones without a counterpart, the seven group sums
    assertEquals(10 + 19 + 175 + 7 + 7 + 15, c.getCells().size());
    List<String> shared = new ArrayList<>();
    for (CellComparison cell : c.getCells(org.ogireport.core.TableId.PROACTIVE_DISCLOSURE)) {
      if (cell.isComparable()) {
        shared.add(cell.getPath() + " " + cell.getNote().orElse(""));
      }
    }
    assertEquals(List.of(
        "proactiveDisclosure.licensing.decisions 2020年表中为 表二 第二十条第（五）项 行政许可·处理决定数量",
        "proactiveDisclosure.penalties.decisions 2020年表中为 表二 第二十条第（六）项 行政处罚·处理决定数量",
        "proactiveDisclosure.compulsion.decisions 2020年表中为 表二 第二十条第（六）项 行政强制·处理决定数量"),
        shared);

    for (Applicant column : Applicant.values()) {
      CellComparison group = c.getCells().stream()
          .filter(x -> x.isGroup() && x.getLabel().endsWith("·" + column.getLabel())).findFirst()
          .orElseThrow();
      long before = last.getApplications().getCount(ApplicationRow.OTHER_HANDLING, column).orZero();
      long after = 0;
      for (ApplicationRow row : List.of(ApplicationRow.OTHER_NO_CORRECTION,
          ApplicationRow.OTHER_UNPAID_FEE, ApplicationRow.OTHER_OTHER)) {
        after += now.getApplications().getCount(row, column).orZero();
      }
      assertEquals(BigDecimal.valueOf(after - before), group.getDifference().orElseThrow());
      assertEquals(3, group.getCurrent().orElseThrow().getSlots().size());
      assertEquals("applications.outcomes.otherHandling." + column.getJsonName(), group.getPath());
    }
    CellComparison unpaid = c.getCell("applications.outcomes.otherHandling.unpaidFee.total").orElseThrow();
    assertEquals(Change.NOT_COMPARABLE, unpaid.getChange());
    assertEquals("2020年与2021年表式对（六）其他处理的分项不同：分项不可比，合计见下",
        unpaid.getNote().orElseThrow());
    CellComparison procurement = c.getCell("proactiveDisclosure.procurement.amount").orElseThrow();
    assertEquals(2020, procurement.getPrevious().orElseThrow().getYear());
    assertTrue(procurement.getCurrent().isEmpty());
    assertEquals("仅2020年的表式（2019版）有此单元格", procurement.getNote().orElseThrow());

    List<String> skipped = c.getFindings().stream().filter(d -> d.getSeverity() == Severity.INFO)
        .map(Diagnostic::getCode).toList();
    assertTrue(skipped.containsAll(List.of("SERIES-IN-FORCE", "SERIES-PROJECTS")), skipped.toString());
    String html = ComparisonFormat.HTML.render(c);
    assertTrue(html.contains("<td>表三 （六）其他处理（合计）·自然人</td>"), html);
  }

  @Test
  void yearsApartAreComparedWithoutTheSeriesRules() {
    ReportGenerator generator = new ReportGenerator(5L);
    YearComparison c = COMPARATOR.compare(
        of(generator.next(Edition.V2021), 2021), of(generator.next(Edition.V2021), 2023));
    assertEquals(1, c.getFindings().size());
    Diagnostic note = c.getFindings().get(0);
    assertEquals("COMPARE-YEARS-APART", note.getCode());
    assertEquals("the series rules compare consecutive years; 2021 and 2023 are not",
        note.getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void twoOrgansOrYearsInTheWrongOrderAreRefusedNamingThem() {
    ReportGenerator generator = new ReportGenerator(6L);
    AnnualReport a = of(generator.next(Edition.V2021), 2022);
    AnnualReport b = ImmutableReport2021.copyOf((Report2021) of(generator.next(Edition.V2021), 2023))
        .withOrgan("另一局");
    IllegalArgumentException organs =
        assertThrows(IllegalArgumentException.class, () -> COMPARATOR.compare(a, b));
    assertEquals("compare two years of one organ: the 2022 report is of '某某县人民政府', the 2023 "
        + "report of '另一局'", organs.getMessage());
    AnnualReport later = of(generator.next(Edition.V2021), 2023);
    IllegalArgumentException order =
        assertThrows(IllegalArgumentException.class, () -> COMPARATOR.compare(later, a));
    assertEquals("compare last year with this year: the first report is of 2023, the second of 2022",
        order.getMessage());
  }

  @Test
  void aBlankAgainstANumberIsANumberMissingAndBlankAgainstBlankIsUnchanged() {
    Report2021 base = (Report2021) of(new ReportGenerator(3L).next(Edition.V2021), 2022);
    Report2021 blanked = ImmutableReport2021.copyOf(base).withYear(2023).withApplications(
        org.ogireport.core.Applications.builder(Edition.V2021).from(base.getApplications())
            .setBlank(ApplicationRow.GRANTED, Applicant.RESEARCH_INSTITUTION)
            .setMarker(ApplicationRow.GRANTED, Applicant.LEGAL_SERVICE_AGENCY)
            .build());
    YearComparison c = COMPARATOR.compare(base, blanked);
    CellComparison blank = c.getCell("applications.outcomes.granted.researchInstitution").orElseThrow();
    assertEquals(Change.NUMBER_MISSING, blank.getChange());
    assertEquals("", blank.getCurrent().orElseThrow().getText());
    assertTrue(blank.getDifference().isEmpty());
    assertEquals(Change.NUMBER_MISSING,
        c.getCell("applications.outcomes.granted.legalServiceAgency").orElseThrow().getChange());
    assertEquals(2, c.count(Change.NUMBER_MISSING));
    YearComparison again = COMPARATOR.compare(
        ImmutableReport2021.copyOf(blanked).withYear(2022), ImmutableReport2021.copyOf(blanked).withYear(2023));
    assertEquals(Change.UNCHANGED,
        again.getCell("applications.outcomes.granted.researchInstitution").orElseThrow().getChange());
    assertEquals(200, again.count(Change.UNCHANGED));
    Cell cell = blanked.getApplications().get(ApplicationRow.GRANTED, Applicant.RESEARCH_INSTITUTION);
    assertTrue(cell.isBlank());
  }
}
