package org.ogireport.render;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;

/** Reads one input file for a command, reporting an unreadable one in one line. */
public final class CommandInput {

  private CommandInput() {}

  /**
   * The report in a file, or empty after printing {@code ogi-report: FILE: reason} on {@code err}
   * when the reader cannot read it.
   */
  public static Optional<AnnualReport> read(
      Function<Path, AnnualReport> reader, Path file, PrintStream err) {
    try {
      return Optional.of(reader.apply(file));
    } catch (ReportFormatException e) {
      err.println("ogi-report: " + file + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      err.println("ogi-report: " + file + ": cannot read: " + e.getCause().getMessage());
    }
    return Optional.empty();
  }
}
