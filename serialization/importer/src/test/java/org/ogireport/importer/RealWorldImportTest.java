package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogireport.importer.SeedReports.REALWORLD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.Table;

/**
 * The three real reports extracted from PDFs import with every cell, the organ, the year and
 * the edition of their hand-checked {@code .expected.json}.
 */
class RealWorldImportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"hongze-2023", "hongze-2024", "huaian-2024"})
  void everyCellMatchesTheHandCheckedJson(String name) throws IOException {
    JsonNode expected = MAPPER.readTree(REALWORLD.resolve(name + ".expected.json").toFile());
    AnnualReport report = SeedReports.read(REALWORLD.resolve(name + ".txt")).getReport();
    assertEquals(Edition.ofCode(expected.get("edition").asText()), report.getEdition());
    assertEquals(expected.get("year").asInt(), report.getYear());
    int cells = 0;
    for (Table<?, ?> table : report.getTables()) {
      for (var slot : table.getLayout().getSlots()) {
        JsonNode node = expected;
        for (String part : slot.getPath().split("\\.")) {
          node = node.path(part);
        }
        assertTrue(!node.isMissingNode(), slot.getPath() + " missing in the JSON");
        assertEquals(cell(node, slot.getKind().isMoney()), table.getCells().get(slot.getIndex()), slot.getPath());
        cells++;
      }
    }
    assertEquals(200, cells);
  }

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
        .getDiagnostics().stream().map(d -> d.getLine() + " " + d.getCode()).toList();
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

  private static Cell cell(JsonNode node, boolean money) {
    if (node.isNull()) {
      return money ? Amount.blank() : Count.blank();
    }
    if (node.isTextual()) {
      assertEquals("/", node.asText());
      return money ? Amount.marker() : Count.marker();
    }
    if (money) {
      BigDecimal value = node.get("value").decimalValue();
      JsonNode unit = node.get("unit");
      return unit.isNull() ? Amount.ofUnknownUnit(value)
          : Amount.of(value, MoneyUnit.ofLabel(unit.asText()));
    }
    return Count.of(node.longValue());
  }
}
