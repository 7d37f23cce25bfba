package org.ogireport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportDiagnostic;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ReportImporter;

/**
 * {@code import FILE...}: reads published reports (text or HTML) and prints each as one line of
 * compact JSON on {@code out}; diagnostics go to {@code err} as
 * {@code FILE:LINE: severity CODE message}. Exit code 2 when a file cannot be read at all (the
 * other files are still read), else 0.
 *
 * <pre>{@code
 * new ImportCommand(ReportJson::writeCompact)   // the JSON writer is passed in
 * }</pre>
 */
public final class ImportCommand implements Command {

  private final ReportImporter importer;
  private final Function<AnnualReport, String> json;

  /**
   * A command writing reports with the given JSON writer.
   *
   * @param json turns a report into one line of compact JSON
   */
  public ImportCommand(Function<AnnualReport, String> json) {
    this(ReportImporter.builder().build(), json);
  }

  /** A command with a configured importer. */
  public ImportCommand(ReportImporter importer, Function<AnnualReport, String> json) {
    this.importer = Objects.requireNonNull(importer, "importer");
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String usage() {
    return "import FILE...   read published reports (.txt, .html) and print them as JSON lines";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    int exit = 0;
    for (String file : args) {
      ImportResult result;
      try {
        result = importer.read(Path.of(file));
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        exit = 2;
        continue;
      } catch (ReportFormatException e) {
        err.println(file + ": " + e.getReason());
        exit = 2;
        continue;
      }
      out.println(json.apply(result.getReport()));
      for (ImportDiagnostic d : result.getDiagnostics()) {
        err.println(file + ":" + d.getLine() + ": " + d.getSeverity().getLabel() + " "
            + d.getCode() + " " + d.getMessage(Locale.ENGLISH));
      }
    }
    return exit;
  }
}
