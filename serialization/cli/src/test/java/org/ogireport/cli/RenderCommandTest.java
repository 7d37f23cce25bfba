package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportJson;
import org.ogireport.render.MarkdownRenderer;
import org.ogireport.testing.Fixtures;

class RenderCommandTest {

  private static final AnnualReport FULING = Fixtures.seed("001_78cf330bb6c558ff");

  @TempDir Path dir;

  @Test
  void renderCommandPrintsTheFormatAskedFor() throws IOException {
    Path file = Files.writeString(dir.resolve("fuling.json"), ReportJson.standard().write(FULING));
    CliRun run = CliRun.of("render", "--format", "markdown", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(new MarkdownRenderer().render(FULING), run.out());
  }

  @Test
  void renderCommandReportsAnUnreadableFileInOneLine() {
    Path missing = dir.resolve("missing.json");
    CliRun run = CliRun.of("render", "--format", "text", missing.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report render: " + missing + ": no such file\n", run.err());
    assertEquals("", run.out());
    CliRun pdf = CliRun.of("render", "--format", "pdf", "x.json");
    assertEquals(2, pdf.exit());
    assertTrue(pdf.err().startsWith("ogi-report render: Invalid value for option '--format':"
        + " unknown format 'pdf': expected html, markdown, text or docx\n"), pdf.err());
  }

  @Test
  void renderTakesOneReportAndSaysHowManyAnInputHolds() throws IOException {
    ReportJson json = ReportJson.standard();
    Path lines = Files.writeString(dir.resolve("two.jsonl"),
        json.writeCompact(FULING) + "\n" + json.writeCompact(FULING) + "\n");
    CliRun run = CliRun.of("render", "--format", "text", lines.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report render: " + lines + " holds 2 reports: render takes one\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void anOutputThatIsTheInputIsRefusedBeforeItIsOverwritten() throws IOException {
    String text = ReportJson.standard().write(FULING);
    Path file = Files.writeString(dir.resolve("fuling.json"), text);
    for (String format : new String[] {"html", "docx"}) {
      CliRun run = CliRun.of("render", "--format", format, "-o",
          dir.resolve(".").resolve("fuling.json").toString(), file.toString());
      assertEquals(2, run.exit());
      assertTrue(run.err().startsWith("ogi-report render: -o " + dir.resolve(".")
          .resolve("fuling.json") + " is the input " + file + ": writing it would destroy the"
          + " report; give another file\n"), run.err());
      assertEquals(text, Files.readString(file));
    }
    Path html = dir.resolve("fuling.html");
    assertEquals(0, CliRun.of("render", "--format", "html", "-o", html.toString(),
        file.toString()).exit());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
  }
}
