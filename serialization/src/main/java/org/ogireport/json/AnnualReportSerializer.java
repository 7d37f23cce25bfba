package org.ogireport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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
    String[][] segments = TableShape.of(id).segments(report.getEdition());
    List<Cell> cells = table.getCells();
    gen.writeObjectFieldStart(id.getJsonName());
    Deque<String> open = new ArrayDeque<>();
    for (int i = 0; i < segments.length; i++) {
      String[] names = segments[i];
      int common = commonPrefix(open, names);
      while (open.size() > common) {
        gen.writeEndObject();
        open.removeLast();
      }
      for (int k = common; k < names.length - 1; k++) {
        gen.writeObjectFieldStart(names[k]);
        open.addLast(names[k]);
      }
      gen.writeFieldName(names[names.length - 1]);
      writeCell(cells.get(i), gen);
    }
    for (int k = open.size(); k > 0; k--) {
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /** How many of the open objects a slot's path shares, never counting its leaf name. */
  private static int commonPrefix(Deque<String> open, String[] names) {
    int common = 0;
    Iterator<String> it = open.iterator();
    while (it.hasNext() && common < names.length - 1 && it.next().equals(names[common])) {
      common++;
    }
    return common;
  }

  private static void writeCell(Cell cell, JsonGenerator gen) throws IOException {
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
