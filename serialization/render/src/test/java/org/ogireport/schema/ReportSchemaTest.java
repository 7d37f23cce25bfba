package org.ogireport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.json.ReportJson;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;

class ReportSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema schema(Edition edition) throws IOException {
    return REGISTRY.getSchema(MAPPER.readTree(ReportSchema.readResource(edition)));
  }

  /** A report as the JSON module writes it, as a tree to change. */
  private static ObjectNode json(AnnualReport report) {
    try {
      return (ObjectNode) MAPPER.readTree(ReportJson.standard().write(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> realWorld() {
    return Fixtures.realWorld().keySet();
  }

  private static List<String> errors(Schema schema, JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void shippedSchemaIsTheOneGeneratedFromTheLayouts(Edition edition) throws IOException {
    String generated = ReportSchema.toJson(edition);
    if (Boolean.getBoolean("ogi.golden.update")) {
      Files.writeString(Path.of("src/main/resources", ReportSchema.resourceName(edition)),
          generated, StandardCharsets.UTF_8);
      Files.writeString(Path.of("src/main/resources/org/ogireport/schema/report.schema.json"),
          ReportSchema.combinedToJson(), StandardCharsets.UTF_8);
    }
    assertEquals(generated, ReportSchema.readResource(edition));
    try (java.io.InputStream in = getClass().getResourceAsStream("/org/ogireport/schema/report.schema.json")) {
      assertEquals(ReportSchema.combinedToJson(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @MethodSource("realWorld")
  void everyRealWorldFixtureIsValid(String name) throws IOException {
    JsonNode document = json(Fixtures.realWorld(name));
    Edition edition = Edition.ofCode(document.get("edition").asText());
    assertEquals(List.of(), errors(schema(edition), document));
    assertEquals(List.of(), errors(REGISTRY.getSchema(ReportSchema.combined()), document));
  }

  @Test
  void generatedReportsOfBothEditionsAreValid() throws IOException {
    ReportGenerator generator = new ReportGenerator(20240101L).withBlanks(true);
    for (int i = 0; i < 40; i++) {
      Edition edition = Edition.values()[i % 2];
      ObjectNode document = json(generator.next(edition));
      assertEquals(List.of(), errors(schema(edition), document), document.toString());
    }
  }

  private static ObjectNode hongze() {
    return json(Fixtures.realWorld("hongze-2023"));
  }

  @Test
  void rejectsAMissingCellNamingIt() throws IOException {
    ObjectNode document = hongze();
    ((ObjectNode) document.at("/applications/outcomes/withheld/stateSecret")).remove("total");
    List<String> errors = errors(schema(Edition.V2021), document);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/applications/outcomes/withheld/stateSecret")
        && errors.get(0).contains("total"), errors.get(0));
  }

  @Test
  void rejectsAnExtraField() throws IOException {
    ObjectNode document = hongze();
    ((ObjectNode) document.at("/reviewAndLitigation/review")).put("subtotal", 3);
    List<String> errors = errors(schema(Edition.V2021), document);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/reviewAndLitigation/review")
        && errors.get(0).contains("subtotal"), errors.get(0));
  }

  @Test
  void rejectsACountWrittenAsAString() throws IOException {
    ObjectNode document = hongze();
    ((ObjectNode) document.at("/applications/newReceived")).put("naturalPerson", "21");
    List<String> errors = errors(schema(Edition.V2021), document);
    assertTrue(!errors.isEmpty()
        && errors.stream().allMatch(e -> e.contains("/applications/newReceived/naturalPerson")),
        errors.toString());
  }

  @Test
  void rejectsAnUnknownMoneyUnit() throws IOException {
    ObjectNode document = hongze();
    ((ObjectNode) document.at("/proactiveDisclosure/fees/amount")).put("unit", "亿元");
    List<String> errors = errors(schema(Edition.V2021), document);
    assertTrue(!errors.isEmpty()
        && errors.stream().allMatch(e -> e.contains("/proactiveDisclosure/fees/amount")),
        errors.toString());
  }

  @Test
  void rejectsA2021CellInA2019Document() throws IOException {
    ObjectNode document = json(Fixtures.seed("001_78cf330bb6c558ff"));
    assertEquals(List.of(), errors(schema(Edition.V2019), document));
    ((ObjectNode) document.at("/proactiveDisclosure/rules")).put("issued", 0);
    List<String> errors = errors(schema(Edition.V2019), document);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/proactiveDisclosure/rules")
        && errors.get(0).contains("issued"), errors.get(0));
  }

  @Test
  void rejectsADocumentOfTheOtherEdition() throws IOException {
    JsonNode document = json(Fixtures.seed("001_78cf330bb6c558ff"));
    assertTrue(!errors(schema(Edition.V2021), document).isEmpty());
    assertEquals(List.of(), errors(REGISTRY.getSchema(ReportSchema.combined()), document));
  }

  @Test
  void rejectsAPublishedOnThatIsNoIsoDate() throws IOException {
    ObjectNode document = hongze();
    document.put("publishedOn", "2024年1月20日");
    List<String> errors = errors(schema(Edition.V2021), document);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("/publishedOn"), errors.get(0));
  }

  @Test
  void descriptionPointsToTheRuleCatalogue() {
    String description = ReportSchema.of(Edition.V2019).get("description").asText();
    assertTrue(description.contains("Rule catalogue") && description.contains("APP-BALANCE"),
        description);
  }
}
