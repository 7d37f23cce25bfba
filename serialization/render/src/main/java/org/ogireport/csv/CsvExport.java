package org.ogireport.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;
import org.ogireport.core.TableLayout;
import org.ogireport.render.FormLabels;

/**
 * Reports as CSV for analysts, written with jackson-dataformat-csv: UTF-8, a header row, RFC 4180
 * quoting, optionally a byte order mark so that Excel reads the Chinese text as UTF-8.
 *
 * <p><b>Wide</b> ({@link #writeWide}): one row per report; columns {@code organ}, {@code year},
 * {@code edition}, {@code publishedOn}, then one column per cell named by its JSON path (money: two
 * columns, {@code <path>.value} and {@code <path>.unit}). The columns are always the union of both
 * editions' cells, in layout order (table 二 of 2019, table 二 of 2021, table 三 with the 2019
 * （六） row before the three 2021 ones, table 四), so files of any mix of reports share one header.
 * A cell the report's edition does not have is empty, <em>as is a blank cell</em>: tell them apart
 * by the {@code edition} column.
 *
 * <p><b>Long</b> ({@link #writeLong}): one row per cell; columns {@code organ}, {@code year},
 * {@code edition}, {@code table} (JSON name), {@code row} (official label with its group, e.g.
 * {@code （三）不予公开 1.属于国家秘密}), {@code column} (official label), {@code path}, {@code value},
 * {@code unit} (money only).
 *
 * <p>In both, a number is written as printed, a blank cell as empty, a marker as {@code /}; the
 * section texts are not exported.
 *
 * <pre>{@code
 * CsvExport.writeWide(reports, Files.newOutputStream(path), true);   // with a BOM, for Excel
 * }</pre>
 */
public final class CsvExport {

  /** The byte order mark written first when asked. */
  public static final char BOM = '\uFEFF';

  /** The leading columns of the wide form, before the cells. */
  public static final List<String> WIDE_META = List.of("organ", "year", "edition", "publishedOn");

  /** The columns of the long form. */
  public static final List<String> LONG_COLUMNS =
      List.of("organ", "year", "edition", "table", "row", "column", "path", "value", "unit");

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final List<String> CELL_COLUMNS = cellColumns();

  private CsvExport() {}

  /**
   * {@return the header of the wide form: the meta columns, then every cell column of both
   * editions, e.g. {@code applications.newReceived.naturalPerson}; a new modifiable list}
   */
  public static List<String> wideColumns() {
    List<String> columns = new ArrayList<>(WIDE_META);
    columns.addAll(CELL_COLUMNS);
    return columns;
  }

  /**
   * Writes the wide form: the header, then one row per report. The stream is flushed, not
   * closed.
   *
   * @param reports the reports, in the order of the rows; not null, may be empty (the header
   *     alone)
   * @param out where the UTF-8 bytes go, not null
   * @param bom whether to write a byte order mark first, for Excel
   * @throws IOException when the output fails
   */
  public static void writeWide(List<? extends AnnualReport> reports, OutputStream out, boolean bom)
      throws IOException {
    List<String> header = wideColumns();
    Writer writer = open(out, bom);
    try (SequenceWriter rows = MAPPER.writer(schema(header)).writeValues(writer)) {
      for (AnnualReport report : reports) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : header) {
          row.put(column, "");
        }
        row.put("organ", report.getOrgan());
        row.put("year", Integer.toString(report.getYear()));
        row.put("edition", report.getEdition().getCode());
        row.put("publishedOn", report.getPublishedOn().map(Object::toString).orElse(""));
        for (Table<?, ?> table : report.getTables()) {
          putCells(row, table);
        }
        rows.write(new ArrayList<>(row.values()));
      }
    }
  }

  /**
   * Writes the long form: the header, then one row per cell of each report, in layout order. The
   * stream is flushed, not closed.
   *
   * @param reports the reports, in order; not null, may be empty (the header alone)
   * @param out where the UTF-8 bytes go, not null
   * @param bom whether to write a byte order mark first, for Excel
   * @throws IOException when the output fails
   */
  public static void writeLong(List<? extends AnnualReport> reports, OutputStream out, boolean bom)
      throws IOException {
    Writer writer = open(out, bom);
    try (SequenceWriter rows = MAPPER.writer(schema(LONG_COLUMNS)).writeValues(writer)) {
      for (AnnualReport report : reports) {
        for (Table<?, ?> table : report.getTables()) {
          writeCells(rows, report, table);
        }
      }
    }
  }

  private static Writer open(OutputStream out, boolean bom) throws IOException {
    Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
    if (bom) {
      writer.write(BOM);
    }
    return writer;
  }

  private static CsvSchema schema(List<String> columns) {
    CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    for (String column : columns) {
      builder.addColumn(column);
    }
    return builder.build();
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      void putCells(Map<String, String> row, Table<R, C> table) {
    for (CellSlot<R, C> slot : table.getLayout().getSlots()) {
      Cell cell = table.get(slot);
      if (slot.getKind().isMoney()) {
        row.put(slot.getPath() + ".value", value(cell));
        row.put(slot.getPath() + ".unit", unit(cell));
      } else {
        row.put(slot.getPath(), value(cell));
      }
    }
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      void writeCells(SequenceWriter rows, AnnualReport report, Table<R, C> table) throws IOException {
    for (CellSlot<R, C> slot : table.getLayout().getSlots()) {
      Cell cell = table.get(slot);
      rows.write(List.of(
          report.getOrgan(),
          Integer.toString(report.getYear()),
          report.getEdition().getCode(),
          slot.getTable().getJsonName(),
          FormLabels.qualifiedLabel(slot.getRow()),
          slot.getColumn().getLabel(),
          slot.getPath(),
          value(cell),
          slot.getKind().isMoney() ? unit(cell) : ""));
    }
  }

  /** A cell's number as printed (money without unit), empty for a blank, {@code /} for a marker. */
  static String value(Cell cell) {
    return switch (cell.getState()) {
      case BLANK -> "";
      case MARKER -> "/";
      case NUMBER -> cell.toDecimalOrZero().toPlainString();
    };
  }

  private static String unit(Cell cell) {
    return cell.isNumber() ? ((Amount) cell).getUnit().map(u -> u.getLabel()).orElse("") : "";
  }

  /** Both editions' cells in layout order, each path once (table 三 in enum row order). */
  private static List<String> cellColumns() {
    Set<String> columns = new LinkedHashSet<>();
    addColumns(columns, TableLayout.proactiveDisclosure2019());
    addColumns(columns, TableLayout.proactiveDisclosure2021());
    for (ApplicationRow row : ApplicationRow.values()) {
      Edition edition = row.isIn(Edition.V2019) ? Edition.V2019 : Edition.V2021;
      for (Applicant column : row.getColumns()) {
        columns.add(TableLayout.applications(edition).getSlot(row, column).getPath());
      }
    }
    addColumns(columns, TableLayout.reviewAndLitigation());
    return List.copyOf(columns);
  }

  private static void addColumns(Set<String> columns, TableLayout<?, ?> layout) {
    for (CellSlot<?, ?> slot : layout.getSlots()) {
      if (slot.getKind().isMoney()) {
        columns.add(slot.getPath() + ".value");
        columns.add(slot.getPath() + ".unit");
      } else {
        columns.add(slot.getPath());
      }
    }
  }

  /** Keeps the caller's stream open when the CSV writer is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
