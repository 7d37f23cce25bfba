package org.ogireport.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.testing.Fixtures;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.ReportJson;

/**
 * The importer and the hand transcription agree: each published seed text, and each real
 * published report the importer reads right, imports to exactly its JSON fixture (every cell,
 * organ, year, date, sections).
 */
class SeedFixturesImportTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();
  private static final ReportJson JSON = ReportJson.standard();

  private static Path shared(String file) throws URISyntaxException {
    return Path.of("../testing/src/main/resources/org/ogireport/testing/published/" + file);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000_b780817e18a3daa1", "001_78cf330bb6c558ff", "002_48a57cdf3499fdc3",
      "003_593a2a3db21939e1", "004_769736e4f7e1b172"})
  void aSeedImportsToExactlyItsFixture(String stem) throws IOException, URISyntaxException {
    AnnualReport imported = IMPORTER.read(shared("seeds/" + stem + ".txt")).getReport();
    assertEquals(JSON.write(Fixtures.seed(stem)), JSON.write(imported));
    assertEquals(Fixtures.seed(stem), imported);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023", "hongze-2024", "huaian-2024"})
  void aRealReportImportsToItsHandCheckedJson(String name) throws IOException, URISyntaxException {
    AnnualReport imported = IMPORTER.read(shared("realworld/" + name + ".txt")).getReport();
    assertEquals(JSON.write(Fixtures.realWorld(name)), JSON.write(imported));
  }
}
