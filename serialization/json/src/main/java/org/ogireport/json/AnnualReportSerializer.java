package org.ogireport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Count;
import org.ogireport.core.SectionId;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/**
 * Writes an {@link AnnualReport} in the JSON format of SCHEMA.md, keys in canonical order:
 * edition, organ, year, publishedOn (when known), sections (when any), then the three tables,
 * each nested along its rows' JSON paths in layout order.
 */
final class AnnualReportSerializer extends StdSerializer<AnnualReport> {

  private static final long serialVersionUID = 1L;

  AnnualReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport report, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField(JsonNames.EDITION, report.getEdition().getCode());
    gen.writeStringField(JsonNames.ORGAN, report.getOrgan());
    gen.writeNumberField(JsonNames.YEAR, report.getYear());
    if (report.getPublishedOn().isPresent()) {
      gen.writeStringField(JsonNames.PUBLISHED_ON, report.getPublishedOn().get().toString());
    }
    Sections sections = report.getSections();
    if (!sections.isEmpty()) {
      gen.writeObjectFieldStart(JsonNames.SECTIONS);
      for (SectionId id : SectionId.values()) {
        if (sections.get(id).isPresent()) {
          gen.writeStringField(id.getJsonName(), sections.get(id).get());
        }
      }
      gen.writeEndObject();
    }
    for (Table<?, ?> table : report.getTables()) {
      writeTable(table, report, gen);
    }
    gen.writeEndObject();
  }

  /** Writes a table, opening and closing the objects of its rows' paths as the slots go by. */
  private static void writeTable(Table<?, ?> table, AnnualReport report, JsonGenerator gen)
      throws IOException {
    TableId id = table.getLayout().getTable();
    TableShape.WritePlan plan = TableShape.of(id).writePlan(report.getEdition());
    List<Cell> cells = table.getCells();
    gen.writeObjectFieldStart(id.getJsonName());
    for (int i = 0; i < plan.leaves.length; i++) {
      for (int k = plan.closes[i]; k > 0; k--) {
        gen.writeEndObject();
      }
      for (SerializableString name : plan.opens[i]) {
        gen.writeFieldName(name);
        gen.writeStartObject();
      }
      gen.writeFieldName(plan.leaves[i]);
      writeCell(cells.get(i), gen);
    }
    for (int k = plan.finalCloses; k > 0; k--) {
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /** Writes one cell as the report JSON does: a count, null, {@code "/"} or a money object. */
  static void writeCell(Cell cell, JsonGenerator gen) throws IOException {
    switch (cell.getState()) {
      case BLANK -> gen.writeNull();
      case MARKER -> gen.writeString(JsonNames.MARKER);
      case NUMBER -> {
        if (cell instanceof Count count) {
          gen.writeNumber(count.getValue());
        } else {
          Amount amount = (Amount) cell;
          gen.writeStartObject();
          gen.writeFieldName(JsonNames.MONEY_VALUE);
          gen.writeNumber(amount.getValue().toPlainString());
          if (amount.getUnit().isPresent()) {
            gen.writeStringField(JsonNames.MONEY_UNIT, amount.getUnit().get().getLabel());
          } else {
            gen.writeNullField(JsonNames.MONEY_UNIT);
          }
          gen.writeEndObject();
        }
      }
    }
  }
}
