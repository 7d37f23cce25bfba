package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.csv.CsvExport;
import org.ogireport.testing.Fixtures;
import org.ogireport.schema.ReportSchema;

class ExportAndSchemaCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(org.ogireport.cli.Command command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static final Function<Path, AnnualReport> READER = path -> {
    if (path.toString().equals("fuling.json")) {
      return Fixtures.seed("001_78cf330bb6c558ff");
    }
    throw new UncheckedIOException(new IOException("no such file: " + path));
  };

  @Test
  void exportWritesTheReadableFilesAndNamesTheOthers() throws IOException {
    int code = run(new ExportCommand(READER), "--format", "csv-wide", "--bom", "fuling.json", "gone.json");
    assertEquals(2, code);
    assertEquals("ogi-report export: gone.json: cannot read: no such file: gone.json\n",
        err.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    CsvExport.writeWide(List.of(Fixtures.seed("001_78cf330bb6c558ff")), expected, true);
    assertEquals(expected.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exportRefusesAnUnknownFormatWithItsUsage() {
    assertEquals(2, run(new ExportCommand(READER), "--format", "xlsx", "fuling.json"));
    assertEquals("usage: ogi-report export --format csv-wide|csv-long [--bom] FILE...\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void schemaPrintsTheEditionsSchemaOrTheCombinedOne() {
    assertEquals(0, run(new SchemaCommand(), "--edition", "2019"));
    assertEquals(ReportSchema.readResource(Edition.V2019), out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, run(new SchemaCommand()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"oneOf\""));
    assertEquals(2, run(new SchemaCommand(), "--edition", "2020"));
    assertEquals("ogi-report schema: unknown edition '2020': expected \"2019\" or \"2021\"\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
