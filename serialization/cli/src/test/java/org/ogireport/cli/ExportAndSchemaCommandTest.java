package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.Edition;
import org.ogireport.csv.CsvExport;
import org.ogireport.json.ReportJson;
import org.ogireport.schema.ReportSchema;
import org.ogireport.testing.Fixtures;

class ExportAndSchemaCommandTest {

  @TempDir Path dir;

  private Path fuling() throws IOException {
    return Files.writeString(dir.resolve("fuling.json"),
        ReportJson.standard().write(Fixtures.seed("001_78cf330bb6c558ff")));
  }

  @Test
  void exportWritesTheReadableFilesAndNamesTheOthers() throws IOException {
    Path gone = dir.resolve("gone.json");
    CliRun run = CliRun.of("export", "--format", "csv-wide", "--bom", fuling().toString(),
        gone.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report export: " + gone + ": no such file\n", run.err());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    CsvExport.writeWide(List.of(Fixtures.seed("001_78cf330bb6c558ff")), expected, true);
    assertEquals(expected.toString(StandardCharsets.UTF_8), run.out());
  }

  @Test
  void exportRefusesAnUnknownFormatWithItsUsage() throws IOException {
    CliRun run = CliRun.of("export", "--format", "xlsx", fuling().toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report export: Invalid value for option '--format': unknown format 'xlsx':"
            + " expected csv-wide or csv-long\n"
            + "Usage: ogi-report export [-h] [--bom] --format=csv-wide|csv-long [--lang=zh|en]\n"
            + "                         INPUT...\n"
            + "Try 'ogi-report export --help' for more information.\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void schemaPrintsTheEditionsSchemaOrTheCombinedOne() {
    CliRun one = CliRun.of("schema", "--edition", "2019");
    assertEquals(0, one.exit());
    assertEquals(ReportSchema.readResource(Edition.V2019), one.out());
    CliRun both = CliRun.of("schema");
    assertEquals(0, both.exit());
    assertTrue(both.out().contains("\"oneOf\""));
    CliRun unknown = CliRun.of("schema", "--edition", "2020");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("ogi-report schema: Invalid value for option '--edition':"
        + " unknown edition '2020': expected \"2019\" or \"2021\"\n"), unknown.err());
  }
}
