package org.ogireport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.render.RenderFormat;

/**
 * {@code render --format html|markdown|text FILE}: prints a report JSON file as the official
 * tables (HTML: a full page).
 *
 * <p>The reader of report files is passed in, e.g. {@code ReportJson}'s, so that this command
 * does not depend on the JSON module. A file the reader cannot read is reported on {@code err} in
 * one line with exit code 2.
 */
public final class RenderCommand implements Command {

  private final Function<Path, AnnualReport> reader;

  /**
   * @param reader reads a report file; throws {@link org.ogireport.core.ReportFormatException} or
   *     {@link java.io.UncheckedIOException} for a file it cannot read
   */
  public RenderCommand(Function<Path, AnnualReport> reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "render";
  }

  @Override
  public String usage() {
    return "render --format html|markdown|text FILE";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 3 || !args.get(0).equals("--format")) {
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    RenderFormat format;
    try {
      format = RenderFormat.ofName(args.get(1));
    } catch (IllegalArgumentException e) {
      err.println("ogi-report render: " + e.getMessage());
      return 2;
    }
    ReportInputs inputs = ReportInputs.read(name(), List.of(args.get(2)), reader, err);
    for (ReportInputs.Input input : inputs.reports()) {
      out.print(format.renderer().render(input.report()));
      out.flush();
    }
    return inputs.hasFailures() ? 2 : 0;
  }
}
