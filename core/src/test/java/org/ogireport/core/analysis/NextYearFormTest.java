package org.ogireport.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.Report2019;
import org.ogireport.core.Table;
import org.ogireport.core.samples.Samples;

class NextYearFormTest {

  /** Asserts every cell of the report is the fresh form's except those whose path is listed. */
  private static void assertFreshExcept(AnnualReport report, String... carriedPrefixes) {
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        boolean carried = false;
        for (String prefix : carriedPrefixes) {
          carried |= slot.getPath().startsWith(prefix);
        }
        if (!carried) {
          assertEquals(slot.getKind().zero(), table.getCells().get(slot.getIndex()), slot.getPath());
        }
      }
    }
  }

  @Test
  void a2021ReportCarriesOnlyItsCarriedForwardApplications() {
    AnnualReport next = NextYearForm.from(Samples.huaian2024());
    assertEquals(Edition.V2021, next.getEdition());
    assertEquals(2025, next.getYear());
    assertEquals("淮安市人民政府", next.getOrgan());
    Applications t = next.getApplications();
    assertEquals(Count.of(103), t.get(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON));
    assertEquals(Count.of(103), t.get(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
    assertEquals(Count.ZERO, t.get(ApplicationRow.CARRIED_OVER, Applicant.COMMERCIAL_ENTERPRISE));
    // nothing in table 二 carries: 现行有效件数 11 and 66 are stated afresh next year
    assertFreshExcept(next, "applications.carriedOver.");
    assertTrue(next.getSections().isEmpty());
    assertTrue(next.getPublishedOn().isEmpty());
  }

  @Test
  void the2020ReportOpensA2021FormAcrossTheEditionChange() {
    Report2019 y2020 = Report2019.builder()
        .from(Samples.seed001())
        .applications(Applications.builder(Edition.V2019)
            .from(Samples.seed001().getApplications())
            .setRow(ApplicationRow.CARRIED_FORWARD, 2, 0, 1, 0, 0, 0, 3)
            .build())
        .build();
    AnnualReport next = NextYearForm.from(y2020);
    assertEquals(Edition.V2021, next.getEdition());
    assertEquals(2021, next.getYear());
    Applications t = next.getApplications();
    assertEquals(Count.of(2), t.get(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON));
    assertEquals(Count.of(1), t.get(ApplicationRow.CARRIED_OVER, Applicant.RESEARCH_INSTITUTION));
    assertEquals(Count.of(3), t.get(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
    assertFreshExcept(next, "applications.carriedOver.");
  }

  @Test
  void a2019ReportCarriesProjectCountsAsPreviousYearPlusChange() {
    Report2019 y2019 = Report2019.builder()
        .from(Samples.seed000())
        .proactiveDisclosure(ProactiveDisclosure2019.builder()
            .from(Samples.seed000().getProactiveDisclosure())
            .setRow(Disclosure2019Row.LICENSING, 120, -18, 550)
            .setRow(Disclosure2019Row.OTHER_SERVICES, 7, 3, 40)
            .setRow(Disclosure2019Row.PENALTIES, 2, 0, 9)
            .setRow(Disclosure2019Row.COMPULSION, 1, -2, 0)
            .setRow(Disclosure2019Row.FEES, 5, 1036)
            .build())
        .build();
    AnnualReport next = NextYearForm.from(y2019);
    assertEquals(Edition.V2019, next.getEdition());
    assertEquals(2020, next.getYear());
    ProactiveDisclosure2019 t = (ProactiveDisclosure2019) next.getProactiveDisclosure();
    assertEquals(Count.of(102), t.get(Disclosure2019Row.LICENSING, Disclosure2019Column.PREVIOUS_YEAR));
    assertEquals(Count.of(10),
        t.get(Disclosure2019Row.OTHER_SERVICES, Disclosure2019Column.PREVIOUS_YEAR));
    assertEquals(Count.of(2), t.get(Disclosure2019Row.PENALTIES, Disclosure2019Column.PREVIOUS_YEAR));
    // kept as computed: A20-PROJECTS already flags 1 + (−2) in this year's report
    assertEquals(Count.of(-1),
        t.get(Disclosure2019Row.COMPULSION, Disclosure2019Column.PREVIOUS_YEAR));
    assertEquals(Count.of(1041), t.get(Disclosure2019Row.FEES, Disclosure2019Column.PREVIOUS_YEAR));
    // 规范性文件 1 and procurement 2 / 68000元 are this year's figures: fresh next year
    assertFreshExcept(next, "applications.carriedOver.", "proactiveDisclosure.licensing.previousYear",
        "proactiveDisclosure.otherServices.previousYear", "proactiveDisclosure.penalties.previousYear",
        "proactiveDisclosure.compulsion.previousYear", "proactiveDisclosure.fees.previousYear");
  }

  @Test
  void cellsWithoutANumberAreNotTurnedIntoZeros() {
    Report2019 y2019 = Report2019.builder()
        .from(Samples.seed000())
        .proactiveDisclosure(ProactiveDisclosure2019.builder()
            .setRow(Disclosure2019Row.LICENSING, 120, 0, 550)
            .setBlank(Disclosure2019Row.LICENSING, Disclosure2019Column.CHANGE)
            .setMarker(Disclosure2019Row.FEES, Disclosure2019Column.PREVIOUS_YEAR)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
                Amount.of(BigDecimal.ONE, MoneyUnit.YUAN))
            .build())
        .applications(Applications.builder(Edition.V2019)
            .setBlank(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL)
            .setMarker(ApplicationRow.CARRIED_FORWARD, Applicant.OTHER_ORGANIZATION)
            .build())
        .build();
    AnnualReport next = NextYearForm.from(y2019);
    Table<?, ?> disclosure = next.getProactiveDisclosure();
    Cell licensing = ((ProactiveDisclosure2019) disclosure)
        .get(Disclosure2019Row.LICENSING, Disclosure2019Column.PREVIOUS_YEAR);
    Cell fees = ((ProactiveDisclosure2019) disclosure)
        .get(Disclosure2019Row.FEES, Disclosure2019Column.PREVIOUS_YEAR);
    assertTrue(licensing.isBlank());
    assertTrue(fees.isBlank());
    assertTrue(next.getApplications().get(ApplicationRow.CARRIED_OVER, Applicant.TOTAL).isBlank());
    assertTrue(next.getApplications()
        .get(ApplicationRow.CARRIED_OVER, Applicant.OTHER_ORGANIZATION).isMarker());
  }
}
