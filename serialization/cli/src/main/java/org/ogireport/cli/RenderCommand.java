package org.ogireport.cli;

import java.util.List;
import org.ogireport.render.RenderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code render --format html|markdown|text INPUT}: prints one report as the official tables
 * (HTML: a full page). An input that cannot be read, or that holds more than one report, prints
 * nothing and exits 2.
 */
@Command(name = "render", sortOptions = false,
    description = "Print one report as the official tables.")
final class RenderCommand extends InputCommand {

  @Option(names = "--format", required = true, paramLabel = "html|markdown|text",
      converter = FormatConverter.class, description = "html (a full page), markdown or text.")
  RenderFormat format;

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
    Reads read = readAll();
    if (read.failed()) {
      return Main.UNREADABLE;
    }
    if (read.reports().size() != 1) {
      say(input + " holds " + read.reports().size() + " reports: render takes one");
      return Main.UNREADABLE;
    }
    context.out().print(format.renderer().render(read.list().get(0)));
    context.out().flush();
    return 0;
  }

  /** Reads {@code html}, {@code markdown} or {@code text}. */
  static final class FormatConverter extends Options.Parsed<RenderFormat> {
    FormatConverter() {
      super(RenderFormat::ofName);
    }
  }
}
