package org.ogireport.json.format;

import java.io.IOException;
import java.util.List;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Count;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.SectionId;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/**
 * Writes an {@link AnnualReport} in the report JSON format, keys in canonical order:
 * edition, organ, year, publishedOn (when known), sections (when any), then the three tables,
 * each nested along its rows' JSON paths in layout order. A cell is {@code null} when blank,
 * {@code "/"} for a marker, a number for a count and {@code {"value": <number>, "unit": "元" |
 * "万元" | null}} for money.
 */
public final class ReportWriter {

  private static final int MONEY_VALUE = JsonNames.id(JsonNames.MONEY_VALUE);
  private static final int MONEY_UNIT = JsonNames.id(JsonNames.MONEY_UNIT);

  private ReportWriter() {}

  /**
   * Writes a report as one JSON object.
   *
   * @param report the report
   * @param out where the tokens go
   * @throws IOException when the output fails
   */
  public static void write(AnnualReport report, JsonOutput out) throws IOException {
    out.startObject();
    field(JsonNames.EDITION, report.getEdition().getCode(), out);
    field(JsonNames.ORGAN, report.getOrgan(), out);
    out.name(JsonNames.id(JsonNames.YEAR));
    out.number(report.getYear());
    if (report.getPublishedOn().isPresent()) {
      field(JsonNames.PUBLISHED_ON, report.getPublishedOn().get().toString(), out);
    }
    Sections sections = report.getSections();
    if (!sections.isEmpty()) {
      out.name(JsonNames.id(JsonNames.SECTIONS));
      out.startObject();
      for (SectionId id : SectionId.values()) {
        if (sections.get(id).isPresent()) {
          field(id.getJsonName(), sections.get(id).get(), out);
        }
      }
      out.endObject();
    }
    for (Table<?, ?> table : report.getTables()) {
      writeTable(table, report, out);
    }
    out.endObject();
  }

  private static void field(String name, String text, JsonOutput out) throws IOException {
    out.name(JsonNames.id(name));
    out.string(text);
  }

  /** Writes a table, opening and closing the objects of its slots' paths as the slots go by. */
  private static void writeTable(Table<?, ?> table, AnnualReport report, JsonOutput out)
      throws IOException {
    TableId id = table.getLayout().getTable();
    TableShape.Node[][] chains =
        TableShape.ALL.get(id.ordinal()).chains[report.getEdition().ordinal()];
    List<Cell> cells = table.getCells();
    out.name(JsonNames.id(id.getJsonName()));
    out.startObject();
    int depth = 0;   // objects open: the first depth nodes of the previous slot's chain
    for (int i = 0; i < chains.length; i++) {
      TableShape.Node[] chain = chains[i];
      int common = 0;
      while (common < Math.min(depth, chain.length - 1) && chains[i - 1][common] == chain[common]) {
        common++;
      }
      for (; depth > common; depth--) {
        out.endObject();
      }
      for (; depth < chain.length - 1; depth++) {
        out.name(chain[depth].nameId);
        out.startObject();
      }
      out.name(chain[depth].nameId);
      writeCell(cells.get(i), out);
    }
    for (; depth > 0; depth--) {
      out.endObject();
    }
    out.endObject();
  }

  /**
   * Writes one cell as the report JSON does: a count, {@code null} for a blank, {@code "/"} for a
   * marker, or a money object with its value and unit.
   *
   * @param cell the cell, not null
   * @param out where it goes
   * @throws IOException when the output fails
   */
  public static void writeCell(Cell cell, JsonOutput out) throws IOException {
    switch (cell.getState()) {
      case BLANK -> out.nullValue();
      case MARKER -> out.string(JsonNames.MARKER);
      case NUMBER -> {
        if (cell instanceof Count count) {
          out.number(count.getValue());
        } else {
          Amount amount = (Amount) cell;
          out.startObject();
          out.name(MONEY_VALUE);
          out.number(amount.getValue().toPlainString());
          out.name(MONEY_UNIT);
          out.string(amount.getUnit().map(MoneyUnit::getLabel).orElse(null));
          out.endObject();
        }
      }
    }
  }
}
