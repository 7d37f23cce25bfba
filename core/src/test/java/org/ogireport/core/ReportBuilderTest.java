package org.ogireport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  @Test
  void buildsTheReportTypeOfTheEditionWithTheFreshFormWhereNoTableIsGiven() {
    AnnualReport r2019 = AnnualReport.builder(Edition.V2019).organ("甲").year(2020).build();
    AnnualReport r2021 = AnnualReport.builder(Edition.V2021).organ("乙").year(2022)
        .publishedOn(Optional.of(LocalDate.of(2023, 1, 20))).build();
    assertInstanceOf(Report2019.class, r2019);
    assertInstanceOf(Report2021.class, r2021);
    assertEquals(Report2019.builder().organ("甲").year(2020).build(), r2019);
    assertEquals(LocalDate.of(2023, 1, 20), r2021.getPublishedOn().orElseThrow());
    assertEquals(Applications.zeros(Edition.V2021), r2021.getApplications());
  }

  @Test
  void tablesFromCellsGiveBackTheSameReport() {
    Report2021 original = Report2021.builder().organ("丙").year(2023)
        .applications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, 8).fillTotals().build())
        .build();
    List<List<Cell>> cells = original.getTables().stream().map(t -> List.copyOf(t.getCells())).toList();
    AnnualReport rebuilt = AnnualReport.builder(Edition.V2021).organ("丙").year(2023)
        .tables(cells).build();
    assertEquals(original, rebuilt);
  }

  @Test
  void aTableOfTheOtherEditionOrAMissingOrganIsRefusedNamingIt() {
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> AnnualReport.builder(Edition.V2019).organ("甲").year(2020)
            .proactiveDisclosure(ProactiveDisclosure2021.zeros()).build());
    assertEquals("proactiveDisclosure: a 2019 report needs a ProactiveDisclosure2019, got a "
        + "ProactiveDisclosure2021", wrong.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> AnnualReport.builder(Edition.V2021).year(2022).build());
    assertEquals("a report needs its organ (edition 2021)", missing.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AnnualReport.builder(Edition.V2021).tables(List.of()));
  }

  @Test
  void fromCopiesEveryFieldAndTableSoThatOneCanBeChanged() {
    ImmutableReport2021 original = Report2021.builder().organ("丙").year(2023)
        .publishedOn(LocalDate.of(2024, 1, 20))
        .sections(Sections.builder().overview("总体").problems("问题").build())
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.RULES, 1, 0, 12).build())
        .applications(Applications.builder(Edition.V2021)
            .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, 8).fillTotals().build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 1, 0, 0, 0, 1).build())
        .build();
    assertEquals(original, AnnualReport.builder(Edition.V2021).from(original).build());
    assertEquals(original.withYear(2024),
        AnnualReport.builder(Edition.V2021).from(original).year(2024).build());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> AnnualReport.builder(Edition.V2019).from(original));
    assertEquals("a builder of the 2019 edition cannot copy a report of the 2021 edition",
        other.getMessage());
  }

  @Test
  void theLayoutsOfAnEditionAreTheTablesOfItsReportsInPrintedOrder() {
    for (Edition edition : Edition.values()) {
      AnnualReport report = AnnualReport.blank(edition, "甲", 2020);
      List<TableLayout<?, ?>> layouts = TableLayout.all(edition);
      assertEquals(report.getTables().stream().map(Table::getLayout).toList(), layouts);
      for (TableLayout<?, ?> layout : layouts) {
        assertSame(layout, TableLayout.of(layout.getTable(), edition));
      }
    }
    assertEquals(List.of(10, 175, 15), TableLayout.all(Edition.V2021).stream()
        .map(TableLayout::size).toList());
    assertEquals(Count.blank(), CellKind.COUNT.blank());
    assertEquals(Count.blank(), CellKind.SIGNED_COUNT.blank());
    assertEquals(Amount.blank(), CellKind.MONEY.blank());
  }
}
