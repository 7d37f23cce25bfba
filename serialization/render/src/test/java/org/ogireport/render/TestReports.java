package org.ogireport.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.SectionId;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;
import org.ogireport.core.TableLayout;

/**
 * Reports for tests, built with the core builders: the real-world reports from their hand-checked
 * JSON (a tree walk of the layouts, since the json module is on another branch), the 涪陵 2020
 * seed typed in, and a minimal JSON writer of the documented format for the schema tests.
 */
public final class TestReports {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestReports() {}

  /** The parsed tree of a real-world expected JSON, e.g. {@code hongze-2023}. */
  public static JsonNode realWorldJson(String name) {
    String resource = "/org/ogireport/testing/published/realworld/" + name + ".expected.json";
    try (InputStream in = TestReports.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real-world report built from its expected JSON with the core builders. */
  public static AnnualReport realWorld(String name) {
    JsonNode root = realWorldJson(name);
    Edition edition = Edition.ofCode(root.get("edition").asText());
    String organ = root.get("organ").asText();
    int year = root.get("year").asInt();
    ReviewAndLitigation review = fill(ReviewAndLitigation.builder(), root).build();
    Applications applications = fill(Applications.builder(edition), root).build();
    return switch (edition) {
      case V2019 -> Report2019.builder().organ(organ).year(year)
          .proactiveDisclosure(fill(ProactiveDisclosure2019.builder(), root).build())
          .applications(applications).reviewAndLitigation(review).build();
      case V2021 -> Report2021.builder().organ(organ).year(year)
          .proactiveDisclosure(fill(ProactiveDisclosure2021.builder(), root).build())
          .applications(applications).reviewAndLitigation(review).build();
    };
  }

  private static <B extends Table.Builder<?, R, C, B>, R extends Enum<R> & org.ogireport.core.Row<C>,
      C extends Enum<C> & org.ogireport.core.Column> B fill(B builder, JsonNode root) {
    for (CellSlot<R, C> slot : builder.getLayout().getSlots()) {
      JsonNode node = root;
      for (String name : slot.getPath().split("\\.")) {
        node = node.get(name);
      }
      builder.set(slot, cell(slot, node));
    }
    return builder;
  }

  private static Cell cell(CellSlot<?, ?> slot, JsonNode node) {
    if (node.isNull()) {
      return slot.getKind().isMoney() ? Amount.blank() : Count.blank();
    }
    if (node.isTextual()) {
      return slot.getKind().isMoney() ? Amount.marker() : Count.marker();
    }
    if (!slot.getKind().isMoney()) {
      return Count.of(node.asLong());
    }
    BigDecimal value = node.get("value").decimalValue();
    JsonNode unit = node.get("unit");
    return unit.isNull() ? Amount.ofUnknownUnit(value) : Amount.of(value, MoneyUnit.ofLabel(unit.asText()));
  }

  /**
   * The 2019-edition seed 重庆市涪陵区人民政府办公室 2020 (seed 001), typed in from the published
   * text: 规范性文件 8/8/95, procurement 1 project for 91.82万元, 8 applications all granted, one
   * review case corrected.
   */
  public static Report2019 fuling2020() {
    ProactiveDisclosure2019 disclosure = ProactiveDisclosure2019.builder()
        .setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, 8, 8, 95)
        .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS, 1)
        .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
            new BigDecimal("91.82"), MoneyUnit.WAN_YUAN)
        .build();
    Applications applications = Applications.builder(Edition.V2019)
        .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, 8)
        .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 8)
        .fillTotals()
        .build();
    ReviewAndLitigation review = ReviewAndLitigation.builder()
        .set(CaseBlock.REVIEW, CaseResult.CORRECTED, 1)
        .fillTotals()
        .build();
    return Report2019.builder()
        .organ("重庆市涪陵区人民政府办公室")
        .year(2020)
        .publishedOn(LocalDate.of(2021, 1, 29))
        .sections(Sections.builder()
            .overview("2020年，涪陵区政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
                + "全年主动公开政府信息，依法办理政府信息公开申请8件。")
            .problems("政府信息公开工作与公众期待仍有差距。")
            .build())
        .proactiveDisclosure(disclosure)
        .applications(applications)
        .reviewAndLitigation(review)
        .build();
  }

  /** A report in the documented JSON format (SCHEMA.md), written from the layouts. */
  public static ObjectNode toJson(AnnualReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("edition", report.getEdition().getCode());
    root.put("organ", report.getOrgan());
    root.put("year", report.getYear());
    report.getPublishedOn().ifPresent(d -> root.put("publishedOn", d.toString()));
    if (!report.getSections().isEmpty()) {
      ObjectNode sections = root.putObject("sections");
      for (SectionId id : SectionId.values()) {
        report.getSections().get(id).ifPresent(t -> sections.put(id.getJsonName(), t));
      }
    }
    for (Table<?, ?> table : report.getTables()) {
      write(root, table);
    }
    return root;
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      void write(ObjectNode root, Table<R, C> table) {
    TableLayout<R, C> layout = table.getLayout();
    for (CellSlot<R, C> slot : layout.getSlots()) {
      List<String> names = new ArrayList<>(List.of(slot.getPath().split("\\.")));
      String leaf = names.remove(names.size() - 1);
      ObjectNode parent = root;
      for (String name : names) {
        parent = parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
      }
      Cell cell = table.get(slot);
      if (cell.isBlank()) {
        parent.putNull(leaf);
      } else if (cell.isMarker()) {
        parent.put(leaf, "/");
      } else if (cell instanceof Count count) {
        parent.put(leaf, count.getValue());
      } else {
        Amount amount = (Amount) cell;
        ObjectNode money = parent.putObject(leaf);
        money.put("value", amount.getValue());
        if (amount.getUnit().isPresent()) {
          money.put("unit", amount.getUnit().get().getLabel());
        } else {
          money.putNull("unit");
        }
      }
    }
  }
}
