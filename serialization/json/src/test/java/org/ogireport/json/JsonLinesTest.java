package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.FixtureFiles;
import org.ogireport.core.ReportFormatException;

class JsonLinesTest {

  private final ReportJson json = ReportJson.standard();

  private List<AnnualReport> fixtures() {
    List<AnnualReport> reports = new ArrayList<>();
    for (String name : FixtureFiles.all()) {
      reports.add(json.read(FixtureFiles.bytes(name)));
    }
    return reports;
  }

  @Test
  void writtenLinesReadBackInOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reports.jsonl");
    List<AnnualReport> reports = fixtures();
    try (JsonLinesWriter out = json.lineWriter(file)) {
      reports.subList(0, 3).forEach(out::write);
    }
    try (JsonLinesWriter out = json.lineWriter(file)) {   // appends
      reports.subList(3, reports.size()).forEach(out::write);
      assertEquals(reports.size() - 3, out.getLinesWritten());
    }
    assertEquals(reports.size(), Files.readAllLines(file).size());
    try (Stream<JsonLine> lines = json.readLines(file)) {
      assertEquals(reports, lines.map(JsonLine::getReportOrThrow).toList());
    }
  }

  @Test
  void aBadLineInTheMiddleDoesNotStopTheStream() {
    List<AnnualReport> reports = fixtures();
    StringWriter text = new StringWriter();
    JsonLinesWriter out = json.lineWriter(text);
    out.write(reports.get(0)).write(reports.get(1));
    text.write("{\"edition\": \"2021\", \"organ\": \"某局\", \"year\": \"2022\"}\n");
    text.write("\n");
    text.write("{\"edition\": \"2021\",\n");
    out.write(reports.get(2));

    List<JsonLine> lines;
    try (Stream<JsonLine> stream = json.readLines(new StringReader(text.toString()), "mixed.jsonl")) {
      lines = stream.toList();
    }

    assertEquals(List.of(1L, 2L, 3L, 5L, 6L), lines.stream().map(JsonLine::getLineNumber).toList());
    assertEquals(reports.get(0), lines.get(0).getReportOrThrow());
    assertEquals(reports.get(1), lines.get(1).getReportOrThrow());
    assertEquals(reports.get(2), lines.get(4).getReportOrThrow());
    ReportFormatException bad = lines.get(2).getError().orElseThrow();
    assertEquals("mixed.jsonl:3:44: year: expected a year such as 2021, got \"2022\"", bad.getMessage());
    ReportFormatException cut = lines.get(3).getError().orElseThrow();
    assertEquals(5, cut.getLine());
    assertTrue(cut.getReason().startsWith("Unexpected end-of-input"), cut.getReason());
    assertFalse(lines.get(3).isReport());
    assertThrows(ReportFormatException.class, lines.get(3)::getReportOrThrow);
  }

  @Test
  void aLineBeyondTheDocumentLimitIsAnErrorAndTheNextLineStillReads() {
    AnnualReport report = fixtures().get(0);
    String line = json.writeCompact(report);
    ReportJson small = ReportJson.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(line.length()).build())
        .build();
    String text = line + "x\n" + line + "\n";
    List<JsonLine> lines;
    try (Stream<JsonLine> stream = small.readLines(new StringReader(text), "big.jsonl")) {
      lines = stream.toList();
    }
    assertEquals("big.jsonl:1: line longer than " + line.length() + " characters",
        lines.get(0).getError().orElseThrow().getMessage());
    assertEquals(report, lines.get(1).getReportOrThrow());
  }

  @Test
  void aLineOfBrokenUtf8IsAnErrorOfThatLineOnly() {
    AnnualReport report = fixtures().get(1);
    byte[] good = (json.writeCompact(report) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[2 * good.length + 4];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = '{';
    all[good.length + 1] = (byte) 0xff;
    all[good.length + 2] = '}';
    all[good.length + 3] = '\n';
    System.arraycopy(good, 0, all, good.length + 4, good.length);
    List<JsonLine> lines;
    try (Stream<JsonLine> stream = json.readLines(new ByteArrayInputStream(all))) {
      lines = stream.toList();
    }
    assertEquals(3, lines.size());
    assertEquals(report, lines.get(0).getReportOrThrow());
    ReportFormatException e = lines.get(1).getError().orElseThrow();
    assertEquals("<stream>:2:3: Invalid UTF-8 start byte 0xff", e.getMessage());
    assertEquals(report, lines.get(2).getReportOrThrow());
  }

  @Test
  void utf16WithAByteOrderMarkIsSplitAtItsOwnLineEnds(@TempDir Path dir) throws IOException {
    List<AnnualReport> reports = fixtures();
    StringBuilder text = new StringBuilder();
    for (AnnualReport report : reports) {
      text.append(json.writeCompact(report)).append("\r\n");
    }
    text.append("{\"edition\": 1}\n");
    for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      byte[] bytes = text.toString().getBytes(charset);
      if (charset == StandardCharsets.UTF_16LE) {
        bytes = ("\uFEFF" + text).getBytes(charset);
      }
      Path file = Files.write(dir.resolve("reports.jsonl"), bytes);
      List<JsonLine> lines;
      try (Stream<JsonLine> stream = json.readLines(file)) {
        lines = stream.toList();
      }
      assertEquals(reports.size() + 1, lines.size(), charset.name());
      for (int i = 0; i < reports.size(); i++) {
        assertEquals(reports.get(i), lines.get(i).getReportOrThrow());
      }
      assertEquals(file + ":" + (reports.size() + 1) + ":13: edition: expected \"2019\" or"
          + " \"2021\", got 1", lines.get(reports.size()).getError().orElseThrow().getMessage());
    }
  }
}
