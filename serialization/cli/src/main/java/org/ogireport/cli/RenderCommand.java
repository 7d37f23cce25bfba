package org.ogireport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.office.DocxWriter;
import org.ogireport.render.RenderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code render --format html|markdown|text|docx [-o FILE] INPUT}: one report as the official
 * tables (HTML: a full page; docx: a Word document an office can publish, written to the file
 * {@code -o} names). An input that cannot be read, or that holds more than one report, writes
 * nothing and exits 2; so does an output that is the input.
 */
@Command(name = "render", sortOptions = false,
    description = "Print one report as the official tables.")
final class RenderCommand extends InputCommand {

  /** The name of the Word format, written by ogi-report-office rather than a text renderer. */
  static final String DOCX = "docx";

  @Option(names = "--format", required = true, paramLabel = "html|markdown|text|docx",
      converter = FormatConverter.class,
      description = "html (a full page), markdown, text, or docx (a Word document; needs -o).")
  Target format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output (required for docx).")
  Path output;

  @Parameters(paramLabel = "INPUT", arity = "1", description = INPUTS)
  String input;

  RenderCommand(Context context) {
    super(context);
  }

  @Override
  List<String> inputs() {
    return List.of(input);
  }

  @Override
  int run() {
    if (format.text().isEmpty() && output == null) {
      throw new ParameterException(spec.commandLine(), "--format docx writes a binary file: give -o FILE");
    }
    if (output != null && !input.equals(Inputs.STDIN)
        && Inputs.identity(input).equals(Inputs.identity(output.toString()))) {
      throw new ParameterException(spec.commandLine(), "-o " + output + " is the input " + input
          + ": writing it would destroy the report; give another file");
    }
    Reads read = readAll();
    if (read.failed()) {
      return Main.UNREADABLE;
    }
    if (read.reports().size() != 1) {
      say(input + " holds " + read.reports().size() + " reports: render takes one");
      return Main.UNREADABLE;
    }
    AnnualReport report = read.list().get(0);
    try {
      if (format.text().isEmpty()) {
        Files.write(output, DOCX_WRITER.write(report));
      } else if (output != null) {
        Files.writeString(output, format.text().get().renderer().render(report),
            StandardCharsets.UTF_8);
      } else {
        context.out().print(format.text().get().renderer().render(report));
        context.out().flush();
      }
    } catch (IOException e) {
      say("cannot write " + output + ": " + Inputs.why(e));
      return Main.UNREADABLE;
    }
    return 0;
  }

  private static final DocxWriter DOCX_WRITER = DocxWriter.standard();

  /**
   * What {@code --format} names: a text rendering, or (empty) the Word document.
   *
   * @param text the text rendering, empty for docx
   */
  record Target(Optional<RenderFormat> text) {}

  /** Reads {@code html}, {@code markdown}, {@code text} or {@code docx}. */
  static final class FormatConverter extends Options.Parsed<Target> {
    FormatConverter() {
      super(FormatConverter::format);
    }

    private static Target format(String name) {
      if (name.equals(DOCX)) {
        return new Target(Optional.empty());
      }
      try {
        return new Target(Optional.of(RenderFormat.ofName(name)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown format '" + name + "': expected html, markdown, text or docx");
      }
    }
  }
}
