package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.importer.ImportResult;

/**
 * A report written as a .docx and read back is the same report, cell for cell, with its
 * section texts and date of publication: every seed, every real-world fixture, and generated
 * reports of both editions.
 */
class DocxRoundTripTest {

  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();

  static Stream<Arguments> reports() {
    return Cases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void aWrittenDocxReadsBackCellForCell(String name, AnnualReport report) {
    byte[] docx = DocxWriter.standard().write(report);
    ImportResult back = IMPORTER.read(docx, name + ".docx");
    assertEquals(java.util.List.of(), CellForCell.differences(report, back.getReport()),
        () -> "diagnostics: " + back.getDiagnostics());
    assertEquals(report.getPublishedOn(), back.getReport().getPublishedOn(), "date");
    for (SectionId id : SectionId.values()) {
      // a no-break space reads as a space: HTML text, which the .docx is read through, says so
      assertEquals(report.getSections().get(id).map(t -> t.replace('\u00A0', ' ')),
          back.getReport().getSections().get(id), id.getHeading());
    }
  }
}
