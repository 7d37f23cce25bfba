package org.ogireport.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;

/**
 * The reports named on a command line, read one by one: an input that cannot be read gets a
 * one-line reason on {@code err} and the others are still read.
 */
final class ReportInputs {

  /** A report and the file it was read from. */
  record Input(Path path, AnnualReport report) {}

  private final List<Input> reports;
  private final int failures;

  private ReportInputs(List<Input> reports, int failures) {
    this.reports = reports;
    this.failures = failures;
  }

  /** Reads every file, reporting each unreadable one as {@code ogi-report NAME: reason}. */
  static ReportInputs read(
      String command, List<String> files, Function<Path, AnnualReport> reader, PrintStream err) {
    List<Input> reports = new ArrayList<>();
    int failures = 0;
    for (String file : files) {
      Path path = Path.of(file);
      try {
        reports.add(new Input(path, reader.apply(path)));
      } catch (ReportFormatException | UncheckedIOException e) {
        err.println("ogi-report " + command + ": " + e.getMessage());
        failures++;
      }
    }
    return new ReportInputs(List.copyOf(reports), failures);
  }

  /** The reports read, in the order given. */
  List<Input> reports() {
    return reports;
  }

  /** Whether some input could not be read. */
  boolean hasFailures() {
    return failures > 0;
  }
}
