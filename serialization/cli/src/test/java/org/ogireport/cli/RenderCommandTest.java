package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.render.MarkdownRenderer;
import org.ogireport.testing.Fixtures;

class RenderCommandTest {

  private static final AnnualReport FULING = Fixtures.seed("001_78cf330bb6c558ff");

  @Test
  void renderCommandPrintsTheFormatAskedFor() {
    RenderCommand command = new RenderCommand(path -> FULING);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(List.of("--format", "markdown", "fuling.json"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    assertEquals(new MarkdownRenderer().render(FULING),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void renderCommandReportsAnUnreadableFileInOneLine() {
    RenderCommand command = new RenderCommand(path -> {
      throw new UncheckedIOExceptionFor(path);
    });
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(List.of("--format", "text", "missing.json"),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertEquals("ogi-report render: missing.json: cannot read: no such file: missing.json\n",
        err.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream usage = new ByteArrayOutputStream();
    assertEquals(2, command.run(List.of("--format", "pdf", "x.json"), new PrintStream(usage),
        new PrintStream(usage, true, StandardCharsets.UTF_8)));
    assertEquals("ogi-report render: unknown format 'pdf': expected html, markdown or text\n",
        usage.toString(StandardCharsets.UTF_8));
  }

  /** What a reader throws for a file it cannot open. */
  private static final class UncheckedIOExceptionFor extends java.io.UncheckedIOException {
    UncheckedIOExceptionFor(Path path) {
      super(new java.io.IOException("no such file: " + path));
    }
  }
}
