package org.ogireport.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableLayout;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/**
 * The JSON Schema (draft 2020-12) of the report format of each edition, generated from the table
 * layouts so that it always follows the model.
 *
 * <pre>{@code
 * String schema = ReportSchema.toJson(Edition.V2021);   // as shipped in report-2021.schema.json
 * ObjectNode both = ReportSchema.combined();            // oneOf the two editions
 * }</pre>
 *
 * <p>The schema states the shape: every cell of the edition required; a count is an integer,
 * {@code null} (blank) or {@code "/"} (marker); money is {@code {value, unit}} with unit {@code 元},
 * {@code 万元} or {@code null}, or {@code null}, or {@code "/"}; no other property anywhere. The
 * cross-sum rules cannot be said in JSON Schema: the description points to the rule catalogue.
 * The same schemas ship in the jar as {@code org/ogireport/schema/report-2019.schema.json},
 * {@code report-2021.schema.json} and {@code report.schema.json} (combined).
 */
public final class ReportSchema {

  /** The dialect of the schemas. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final String ID_BASE = "urn:ogireport:schema:";
  /** The rules of the form's catalogue, which no JSON Schema keyword can state. */
  private static final String RULES = " The cross-sum rules ("
      + Rule.of(RuleGroup.CATALOGUE).stream().map(Rule::getId).collect(Collectors.joining(", "))
      + ") cannot be said in JSON Schema: ogi-report-validation checks them; each is described by"
      + " its constant of org.ogireport.core.rules.Rule and in the 'Rule catalogue' of the README"
      + " (https://github.com/ogi-report/ogi-report#rule-catalogue).";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportSchema() {}

  /**
   * Generates the schema of one edition, standalone, with {@code $id}
   * {@code urn:ogireport:schema:report-2021} (or {@code -2019}).
   *
   * @param edition the edition, not null
   * @return a new schema tree, free to change
   */
  public static ObjectNode of(Edition edition) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", ID_BASE + "report-" + edition.getCode());
    schema.setAll(edition(edition));
    schema.set("$defs", cellDefinitions());
    return schema;
  }

  /**
   * Generates one schema for both editions: {@code oneOf} the two, told apart by
   * {@code edition}.
   *
   * @return a new schema tree, free to change
   */
  public static ObjectNode combined() {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", ID_BASE + "report");
    schema.put("title", "政府信息公开工作年度报告 (annual report on Open Government Information)");
    schema.put("description", "A report of either edition, told apart by 'edition'." + RULES);
    ArrayNode oneOf = schema.putArray("oneOf");
    ObjectNode defs = cellDefinitions();
    for (Edition edition : Edition.values()) {
      String name = "report" + edition.getCode();
      oneOf.addObject().put("$ref", "#/$defs/" + name);
      defs.set(name, edition(edition));
    }
    schema.set("$defs", defs);
    return schema;
  }

  /**
   * Generates the schema of one edition as pretty-printed JSON, ending with a newline: the text
   * of the shipped resource {@link #resourceName(Edition)}.
   *
   * @param edition the edition, not null
   * @return the JSON text
   */
  public static String toJson(Edition edition) {
    return write(of(edition));
  }

  /** {@return the combined schema of {@link #combined()} as pretty-printed JSON, ending with a newline} */
  public static String combinedToJson() {
    return write(combined());
  }

  /**
   * Gets the name of the jar resource holding an edition's schema.
   *
   * @param edition the edition, not null
   * @return the name, e.g. {@code org/ogireport/schema/report-2021.schema.json}
   */
  public static String resourceName(Edition edition) {
    return "org/ogireport/schema/report-" + edition.getCode() + ".schema.json";
  }

  /**
   * Reads the shipped schema of an edition from the jar.
   *
   * @param edition the edition, not null
   * @return the JSON text
   * @throws IllegalStateException when the resource is missing from the class path
   * @throws UncheckedIOException when it cannot be read
   */
  public static String readResource(Edition edition) {
    String name = resourceName(edition);
    try (InputStream in = ReportSchema.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(ObjectNode schema) {
    try {
      return MAPPER.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree always serialises", e);
    }
  }

  private static ObjectNode edition(Edition edition) {
    ObjectNode report = NODES.objectNode();
    report.put("title",
        "政府信息公开工作年度报告, edition " + edition.getCode() + " (" + edition.getNotice() + ")");
    report.put("description",
        "An annual report in the " + edition.getCode() + " edition of the form; every cell of the"
            + " edition is required (a blank cell is null, a printed marker \"/\")." + RULES);
    ObjectNode properties = object(report);
    properties.putObject("edition").put("const", edition.getCode());
    properties.putObject("organ").put("type", "string").put("minLength", 1);
    properties.putObject("year").put("type", "integer");
    properties.putObject("publishedOn")
        .put("type", "string")
        .put("format", "date")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    ObjectNode sections = properties.putObject("sections");
    ObjectNode texts = object(sections);
    for (SectionId id : SectionId.values()) {
      texts.putObject(id.getJsonName()).put("type", "string")
          .put("description", id.getNumbering() + id.getHeading());
    }
    sections.remove("required");
    ArrayNode required = report.putArray("required");
    required.add("edition").add("organ").add("year");
    for (TableLayout<?, ?> layout : TableLayout.all(edition)) {
      required.add(layout.getTable().getJsonName());
      for (CellSlot<?, ?> slot : layout.getSlots()) {
        addCell(report, slot);
      }
    }
    return report;
  }

  /** Adds a cell's path to the tree of objects, each closed and requiring all its properties. */
  private static void addCell(ObjectNode report, CellSlot<?, ?> slot) {
    String[] names = slot.getPath().split("\\.");
    ObjectNode node = report;
    for (int i = 0; i < names.length; i++) {
      ObjectNode properties = node.has("properties")
          ? (ObjectNode) node.get("properties")
          : object(node);
      ArrayNode required = (ArrayNode) node.get("required");
      if (i > 0 && !properties.has(names[i])) {
        required.add(names[i]);
      }
      if (properties.has(names[i])) {
        node = (ObjectNode) properties.get(names[i]);
      } else if (i == names.length - 1) {
        properties.putObject(names[i])
            .put("$ref", slot.getKind().isMoney() ? "#/$defs/money" : "#/$defs/count");
      } else {
        node = properties.putObject(names[i]);
      }
    }
  }

  /** Makes a node a closed object with (so far empty) properties and required lists. */
  private static ObjectNode object(ObjectNode node) {
    node.put("type", "object");
    node.put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    node.putArray("required");
    return properties;
  }

  private static ObjectNode cellDefinitions() {
    ObjectNode defs = NODES.objectNode();
    ObjectNode count = defs.putObject("count");
    count.put("description",
        "A count cell: the number as printed, null where the cell was left blank, \"/\" where a"
            + " marker (/, -, —, 无) was printed.");
    ArrayNode countOf = count.putArray("anyOf");
    countOf.addObject().putArray("type").add("integer").add("null");
    countOf.addObject().put("const", "/");
    ObjectNode money = defs.putObject("money");
    money.put("description",
        "A money cell: an exact decimal as printed with its unit (元, 万元, or null where none was"
            + " printed); null where blank, \"/\" for a marker.");
    ArrayNode moneyOf = money.putArray("anyOf");
    ObjectNode amount = moneyOf.addObject();
    ObjectNode amountProperties = object(amount);
    amountProperties.putObject("value").put("type", "number");
    amountProperties.putObject("unit").putArray("enum").add("元").add("万元").addNull();
    ((ArrayNode) amount.get("required")).add("value").add("unit");
    moneyOf.addObject().put("type", "null");
    moneyOf.addObject().put("const", "/");
    return defs;
  }
}
