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
 * The reports named on a command line, read one by one for the commands that need them all
 * before writing (render, export, aggregate, indicators): an input that cannot be read gets a
 * one-line reason {@code ogi-report COMMAND: reason} on {@code err} and the others are still
 * read. ({@code check} streams its inputs through {@link ReportInput} instead.)
 */
public final class ReportInputs {

  /**
   * A report and the file it was read from.
   *
   * @param path the file
   * @param report the report read from it
   */
  public record Input(Path path, AnnualReport report) {}

  private final List<Input> reports;
  private final int failures;

  private ReportInputs(List<Input> reports, int failures) {
    this.reports = reports;
    this.failures = failures;
  }

  /** Reads every file, reporting each unreadable one as {@code ogi-report NAME: reason}. */
  public static ReportInputs read(
      String command, List<String> files, Function<Path, AnnualReport> reader, PrintStream err) {
    List<Input> reports = new ArrayList<>();
    int failures = 0;
    for (String file : files) {
      Path path = Path.of(file);
      try {
        reports.add(new Input(path, reader.apply(path)));
      } catch (ReportFormatException e) {
        err.println("ogi-report " + command + ": " + e.getMessage());
        failures++;
      } catch (UncheckedIOException e) {
        err.println("ogi-report " + command + ": " + file + ": cannot read: "
            + e.getCause().getMessage());
        failures++;
      }
    }
    return new ReportInputs(List.copyOf(reports), failures);
  }

  /** The reports read, in the order given. */
  public List<Input> reports() {
    return reports;
  }

  /** Whether some input could not be read. */
  public boolean hasFailures() {
    return failures > 0;
  }
}
