package org.ogireport.importer.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Published-looking variants of the seeds, the real reports and generated reports (every
 * layout, each quirk alone and random combinations) import back to the published report, cell
 * for cell. A sample: {@link VariantSurvey} measures on more.
 */
class VariantImportTest {

  static Stream<VariantCase> cases() {
    return VariantCase.sample(SourceReports.all(12), 6, 1L).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aVariantImportsBackCellForCell(VariantCase variantCase) {
    VariantCase.Outcome outcome = variantCase.run();
    assertEquals(List.of(), outcome.score().wrong(), () -> "diagnostics: "
        + (outcome.result() == null ? "none (not imported)" : outcome.result().getDiagnostics())
        + "\n" + outcome.text());
  }
}
