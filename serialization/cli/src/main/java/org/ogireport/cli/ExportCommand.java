package org.ogireport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.csv.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --format csv-wide|csv-long [--bom] INPUT...}: prints the reports as one CSV (see
 * {@link CsvExport}); {@code --bom} starts it with a byte order mark for Excel.
 *
 * <p>An unreadable input is named on standard error in one line; the reports read are exported
 * and the exit code is 2. When no report could be read nothing is written.
 */
@Command(name = "export", sortOptions = false,
    description = "Print reports as one CSV for analysts.")
final class ExportCommand extends ManyInputsCommand {

  /** The two CSV layouts. */
  enum Format {
    /** One row per report, one column per cell. */
    CSV_WIDE("csv-wide"),
    /** One row per cell. */
    CSV_LONG("csv-long");

    private final String name;

    Format(String name) {
      this.name = name;
    }

    /** The format with a name, e.g. {@code csv-wide}. */
    static Format ofName(String name) {
      for (Format f : values()) {
        if (f.name.equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "unknown format '" + name + "': expected csv-wide or csv-long");
    }

    void write(List<AnnualReport> reports, OutputStream out, boolean bom) throws IOException {
      if (this == CSV_WIDE) {
        CsvExport.writeWide(reports, out, bom);
      } else {
        CsvExport.writeLong(reports, out, bom);
      }
    }
  }

  @Option(names = "--format", required = true, paramLabel = "csv-wide|csv-long",
      converter = FormatConverter.class,
      description = "csv-wide (a row per report) or csv-long (a row per cell).")
  Format format;

  @Option(names = "--bom", description = "Start with a byte order mark, for Excel.")
  boolean bom;

  ExportCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    Reads read = readAll();
    if (read.reports().isEmpty()) {
      say("no report read: nothing written");
      return read.failed() ? Main.UNREADABLE : 0;
    }
    try {
      format.write(read.list(), context.out(), bom);
    } catch (IOException e) {
      say("cannot write: " + Inputs.why(e));
      return Main.UNREADABLE;
    }
    context.out().flush();
    return read.failed() ? Main.UNREADABLE : 0;
  }

  /** Reads {@code csv-wide} or {@code csv-long}. */
  static final class FormatConverter extends Options.Parsed<Format> {
    FormatConverter() {
      super(Format::ofName);
    }
  }
}
