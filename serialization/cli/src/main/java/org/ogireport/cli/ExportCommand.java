package org.ogireport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.csv.CsvExport;

/**
 * {@code export --format csv-wide|csv-long [--bom] FILE...}: prints report JSON files as one CSV
 * (see {@link CsvExport}); {@code --bom} starts it with a byte order mark for Excel.
 *
 * <p>An unreadable file is reported on {@code err} in one line and skipped; the others are
 * exported and the exit code is 2.
 */
public final class ExportCommand implements Command {

  private final Function<Path, AnnualReport> reader;

  /** @param reader reads a report file, e.g. {@code ReportJson}'s reader */
  public ExportCommand(Function<Path, AnnualReport> reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String usage() {
    return "export --format csv-wide|csv-long [--bom] FILE...";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    String format = null;
    boolean bom = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (arg.equals("--bom")) {
        bom = true;
      } else if (arg.startsWith("--")) {
        err.println("ogi-report export: unknown option '" + arg + "'");
        return 2;
      } else {
        files.add(Path.of(arg));
      }
    }
    if (format == null || files.isEmpty() || !(format.equals("csv-wide") || format.equals("csv-long"))) {
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    ReportInputs inputs = ReportInputs.read(
        name(), files.stream().map(Path::toString).toList(), reader, err);
    List<AnnualReport> reports = new ArrayList<>();
    inputs.reports().forEach(input -> reports.add(input.report()));
    boolean unreadable = inputs.hasFailures();
    try {
      if (format.equals("csv-wide")) {
        CsvExport.writeWide(reports, out, bom);
      } else {
        CsvExport.writeLong(reports, out, bom);
      }
    } catch (IOException e) {
      err.println("ogi-report export: cannot write: " + e.getMessage());
      return 2;
    }
    return unreadable ? 2 : 0;
  }
}
