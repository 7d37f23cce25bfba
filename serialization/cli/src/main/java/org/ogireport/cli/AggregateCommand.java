package org.ogireport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Aggregate;

/**
 * {@code aggregate [--organ NAME] FILE...}: the sum of reports of one edition and year (a county's
 * summary of its departments) as one report on {@code out}, written by the given writer (JSON).
 *
 * <pre>
 * $ ogi-report aggregate --organ 某某县 office.json police.json schools.json &gt; county.json
 * ogi-report aggregate: 3 reports summed: 某某县政府办公室, 某某县公安局, 某某县教育局
 * </pre>
 *
 * <p>The summed organ defaults to {@value #DEFAULT_ORGAN}. The contributors, and any money cell
 * left blank because units known and unknown were mixed (see {@link Aggregate}), are listed on
 * {@code err}. A partial sum would mislead, so when an input cannot be read, or the reports are
 * of different editions or years, every reason is printed and nothing is written (exit 2).
 */
public final class AggregateCommand implements Command {

  /** The organ of the sum when {@code --organ} is not given. */
  public static final String DEFAULT_ORGAN = "汇总";

  private final Function<Path, AnnualReport> reader;
  private final Function<AnnualReport, String> writer;

  /**
   * A command reading and writing reports with the given functions.
   *
   * @param reader reads one report; throws {@link org.ogireport.core.ReportFormatException} or
   *     {@link java.io.UncheckedIOException} for input it cannot read
   * @param writer writes the summed report, e.g. as JSON
   */
  public AggregateCommand(
      Function<Path, AnnualReport> reader, Function<AnnualReport, String> writer) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public String name() {
    return "aggregate";
  }

  @Override
  public String usage() {
    return "aggregate [--organ NAME] FILE...   sum reports of one edition and year into one";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    String organ = DEFAULT_ORGAN;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--organ")) {
        if (i + 1 == args.size() || args.get(i + 1).isBlank()) {
          return usageError(err, "--organ needs a name");
        }
        organ = args.get(++i);
      } else if (arg.startsWith("--")) {
        return usageError(err, "unknown option " + arg);
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      return usageError(err, "no FILE given");
    }
    ReportInputs inputs = ReportInputs.read(name(), files, reader, err);
    if (inputs.hasFailures()) {
      err.println("ogi-report aggregate: nothing written: a sum without every input would mislead");
      return 2;
    }
    List<AnnualReport> reports = new ArrayList<>();
    inputs.reports().forEach(input -> reports.add(input.report()));
    Aggregate aggregate;
    try {
      aggregate = Aggregate.of(organ, reports);
    } catch (IllegalArgumentException | ArithmeticException e) {
      err.println("ogi-report aggregate: " + e.getMessage());
      return 2;
    }
    out.println(writer.apply(aggregate.getReport()));
    err.println("ogi-report aggregate: " + reports.size() + " reports summed: "
        + String.join(", ", aggregate.getContributors()));
    for (String path : aggregate.getUnsummedCells()) {
      err.println("ogi-report aggregate: " + path
          + ": left blank: some reports printed a unit and others none");
    }
    return 0;
  }

  private int usageError(PrintStream err, String reason) {
    err.println("ogi-report aggregate: " + reason);
    err.println("usage: ogi-report " + usage());
    return 2;
  }
}
