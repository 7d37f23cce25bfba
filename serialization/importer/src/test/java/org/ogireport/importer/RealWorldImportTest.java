package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogireport.importer.SeedReports.REALWORLD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the real reports extracted from PDFs say they met, and the organ each names itself by.
 * Their cells are checked by {@link PublishedReportsImportTest}.
 */
class RealWorldImportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The organ as the report names itself: the title's, completed with its city when the title
   * leaves the city out and the opening sentence gives it (hongze-2023's title prints 洪泽区人民政府,
   * its first sentence 本报告由淮安市洪泽区人民政府办公室…, its expected JSON 淮安市洪泽区人民政府).
   */
  @Test
  void organIsTheTitlesCompletedFromTheOpeningSentence() throws IOException {
    for (String name : List.of("hongze-2023", "hongze-2024", "huaian-2024")) {
      assertEquals(expectedOrgan(name), organ(name), name);
    }
  }

  @Test
  void hongze2023SaysWhatWasOdd() {
    List<String> diagnostics = SeedReports.read(REALWORLD.resolve("hongze-2023.txt"))
        .getDiagnostics().stream().map(d -> d.getLocation().getLine() + " " + d.getCode()).toList();
    assertEquals(
        List.of("3 ORGAN_QUALIFIED", "90 LABEL_FUZZY_MATCH", "109 SINGLE_OTHER_HANDLING_ROW"),
        diagnostics);
  }

  @Test
  void huaian2024ReadsWithoutDiagnostics() {
    assertEquals(List.of(),
        SeedReports.read(REALWORLD.resolve("huaian-2024.txt")).getDiagnostics());
  }

  private static String organ(String name) {
    return SeedReports.read(REALWORLD.resolve(name + ".txt")).getReport().getOrgan();
  }

  private static String expectedOrgan(String name) throws IOException {
    return MAPPER.readTree(Files.readString(REALWORLD.resolve(name + ".expected.json")))
        .get("organ").asText();
  }
}
