package org.ogireport.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;
import org.ogireport.render.RenderFormat;

/**
 * A report rendered as the official tables and imported back is the same report: organ, year,
 * edition and every cell, for the real reports and for generated ones of both editions.
 */
class RenderImportRoundTripTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  static Stream<Arguments> reports() {
    List<Arguments> cases = new ArrayList<>();
    for (RenderFormat format : RenderFormat.values()) {
      for (Map.Entry<String, AnnualReport> e : Fixtures.seeds().entrySet()) {
        cases.add(Arguments.of(format, e.getKey(), e.getValue()));
      }
      for (Map.Entry<String, AnnualReport> e : Fixtures.realWorld().entrySet()) {
        cases.add(Arguments.of(format, e.getKey(), e.getValue()));
      }
      ReportGenerator generator = new ReportGenerator(20261122L);
      for (int i = 0; i < 6; i++) {
        Edition edition = i % 2 == 0 ? Edition.V2019 : Edition.V2021;
        cases.add(Arguments.of(format, "generated-" + edition.getCode() + "-" + i,
            generator.next(edition)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void aRenderedReportImportsBackCellForCell(RenderFormat format, String name, AnnualReport report) {
    String rendered = format.renderer().render(report);
    ImportResult imported = format == RenderFormat.HTML
        ? IMPORTER.readHtml(rendered)
        : IMPORTER.read(rendered);
    AnnualReport back = imported.getReport();
    assertEquals(report.getOrgan(), back.getOrgan(), "organ");
    assertEquals(report.getYear(), back.getYear(), "year");
    assertEquals(report.getEdition(), back.getEdition(), "edition");
    List<String> wrong = new ArrayList<>();
    for (int t = 0; t < report.getTables().size(); t++) {
      Table<?, ?> expected = report.getTables().get(t);
      Table<?, ?> actual = back.getTables().get(t);
      for (CellSlot<?, ?> slot : expected.getLayout().getSlots()) {
        Object want = expected.getCells().get(slot.getIndex());
        Object got = actual.getCells().get(slot.getIndex());
        if (!want.equals(got)) {
          wrong.add(slot.getPath() + ": " + want + " ≠ " + got);
        }
      }
    }
    assertEquals(List.of(), wrong, () -> "diagnostics: " + imported.getDiagnostics());
  }
}
