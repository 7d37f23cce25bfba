package org.ogireport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;
import org.ogireport.render.FormLabels;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;

class CsvExportTest {

  private static final CsvMapper CSV = new CsvMapper();
  private static final AnnualReport FULING_2020 = Fixtures.seed("001_78cf330bb6c558ff");

  private static List<AnnualReport> reports() {
    List<AnnualReport> reports = new ArrayList<>();
    reports.add(Fixtures.realWorld("hongze-2023"));
    reports.add(FULING_2020);
    ReportGenerator generator = new ReportGenerator(7L).withBlanks(true);
    reports.add(generator.next(Edition.V2019));
    reports.add(generator.next(Edition.V2021));
    return reports;
  }

  private static List<Map<String, String>> read(byte[] csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(new String(csv, StandardCharsets.UTF_8))) {
      return rows.readAll();
    }
  }

  private static String expected(Cell cell) {
    return cell.isBlank() ? "" : cell.isMarker() ? "/" : cell.toDecimalOrZero().toPlainString();
  }

  private static String unit(Cell cell) {
    return cell instanceof Amount a && a.isNumber() ? a.getUnit().map(u -> u.getLabel()).orElse("") : "";
  }

  @Test
  void wideFormReadsBackWithEveryValueInItsColumn() throws IOException {
    List<AnnualReport> reports = reports();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.writeWide(reports, out, false);
    List<Map<String, String>> rows = read(out.toByteArray());
    assertEquals(reports.size(), rows.size());
    for (int i = 0; i < reports.size(); i++) {
      AnnualReport report = reports.get(i);
      Map<String, String> row = rows.get(i);
      assertEquals(CsvExport.wideColumns(), List.copyOf(row.keySet()));
      assertEquals(report.getOrgan(), row.get("organ"));
      assertEquals(Integer.toString(report.getYear()), row.get("year"));
      assertEquals(report.getEdition().getCode(), row.get("edition"));
      assertEquals(report.getPublishedOn().map(Object::toString).orElse(""), row.get("publishedOn"));
      int cells = 0;
      for (Table<?, ?> table : report.getTables()) {
        for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
          Cell cell = table.getCells().get(slot.getIndex());
          if (slot.getKind().isMoney()) {
            assertEquals(expected(cell), row.get(slot.getPath() + ".value"), slot.getPath());
            assertEquals(unit(cell), row.get(slot.getPath() + ".unit"), slot.getPath());
          } else {
            assertEquals(expected(cell), row.get(slot.getPath()), slot.getPath());
          }
          cells++;
        }
      }
      assertEquals(report.getEdition() == Edition.V2019 ? 198 : 200, cells);
    }
  }

  @Test
  void wideFormLeavesTheOtherEditionsCellsEmpty() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.writeWide(List.of(FULING_2020, Fixtures.realWorld("hongze-2023")), out, false);
    List<Map<String, String>> rows = read(out.toByteArray());
    assertEquals("", rows.get(0).get("applications.outcomes.otherHandling.other.total"));
    assertEquals("0", rows.get(0).get("applications.outcomes.otherHandling.total"));
    assertEquals("", rows.get(1).get("applications.outcomes.otherHandling.total"));
    assertEquals("0", rows.get(1).get("applications.outcomes.otherHandling.other.total"));
    assertEquals("91.82", rows.get(0).get("proactiveDisclosure.procurement.amount.value"));
    assertEquals("万元", rows.get(0).get("proactiveDisclosure.procurement.amount.unit"));
    assertEquals("", rows.get(1).get("proactiveDisclosure.procurement.amount.value"));
    assertEquals("550", rows.get(1).get("proactiveDisclosure.licensing.decisions"));
    // hongze-2023 printed no number in the two split-off 其他处理 rows
    assertEquals("", rows.get(1).get("applications.outcomes.otherHandling.noCorrection.naturalPerson"));
  }

  @Test
  void longFormReadsBackOneRowPerCellWithOfficialLabels() throws IOException {
    List<AnnualReport> reports = reports();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.writeLong(reports, out, false);
    List<Map<String, String>> rows = read(out.toByteArray());
    int i = 0;
    for (AnnualReport report : reports) {
      for (Table<?, ?> table : report.getTables()) {
        for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
          Map<String, String> row = rows.get(i++);
          Cell cell = table.getCells().get(slot.getIndex());
          assertEquals(CsvExport.LONG_COLUMNS, List.copyOf(row.keySet()));
          assertEquals(List.of(report.getOrgan(), Integer.toString(report.getYear()),
              report.getEdition().getCode(), slot.getTable().getJsonName(),
              FormLabels.qualifiedLabel(slot.getRow()), slot.getColumn().getLabel(),
              slot.getPath(), expected(cell), unit(cell)), List.copyOf(row.values()));
        }
      }
    }
    assertEquals(i, rows.size());
    Map<String, String> secret = rows.stream()
        .filter(r -> r.get("path").equals("applications.outcomes.withheld.stateSecret.naturalPerson"))
        .findFirst().orElseThrow();
    assertEquals("（三）不予公开 1.属于国家秘密", secret.get("row"));
    assertEquals("自然人", secret.get("column"));
    assertEquals("1", secret.get("value"));
  }

  @Test
  void bomIsWrittenOnlyWhenAskedAndTheRestIsUtf8() throws IOException {
    ByteArrayOutputStream with = new ByteArrayOutputStream();
    CsvExport.writeLong(List.of(FULING_2020), with, true);
    ByteArrayOutputStream without = new ByteArrayOutputStream();
    CsvExport.writeLong(List.of(FULING_2020), without, false);
    byte[] bytes = with.toByteArray();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(bytes[0], bytes[1], bytes[2]));
    assertEquals(new String(without.toByteArray(), StandardCharsets.UTF_8),
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    String text = new String(without.toByteArray(), StandardCharsets.UTF_8);
    assertEquals("organ,year,edition,table,row,column,path,value,unit\r\n"
            + "重庆市涪陵区人民政府机关,2020,2019,proactiveDisclosure,\"第二十条第（一）项 规章\",本年新制作数量,"
            + "\"proactiveDisclosure.rules.newlyMade\",0,\r\n",
        text.substring(0, text.indexOf("\r\n", text.indexOf("\r\n") + 2) + 2));
  }
}
