package org.ogireport.cli;

import java.util.List;
import org.ogireport.core.analysis.Aggregate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code aggregate [--organ NAME] INPUT...}: the sum of reports of one edition and year (a
 * county's summary of its departments) as one report JSON on standard output.
 *
 * <pre>
 * $ ogi-report aggregate --organ 某某县 office.json police.json schools.json &gt; county.json
 * ogi-report aggregate: 3 reports summed: 某某县政府办公室, 某某县公安局, 某某县教育局
 * </pre>
 *
 * <p>The summed organ defaults to {@value #DEFAULT_ORGAN}. The contributors, and any money cell
 * left blank because units known and unknown were mixed (see {@link Aggregate}), are listed on
 * standard error. A partial sum would mislead, so when an input cannot be read, is named twice,
 * or the reports are of different editions or years, every reason is printed and nothing is
 * written (exit 2).
 */
@Command(name = "aggregate", sortOptions = false,
    description = "Sum reports of one edition and year into one report (JSON).")
final class AggregateCommand extends ManyInputsCommand {

  /** The organ of the sum when {@code --organ} is not given. */
  static final String DEFAULT_ORGAN = "汇总";

  @Option(names = "--organ", paramLabel = "NAME",
      description = "The organ of the sum (default: " + DEFAULT_ORGAN + ").")
  String organ = DEFAULT_ORGAN;

  AggregateCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    if (organ.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--organ needs a name");
    }
    Reads read = readAll();
    if (read.failed()) {
      say("nothing written: a sum without every input would mislead");
      return Main.UNREADABLE;
    }
    Aggregate aggregate;
    try {
      aggregate = Aggregate.of(organ, read.list());
    } catch (IllegalArgumentException | ArithmeticException e) {
      say(e.getMessage());
      return Main.UNREADABLE;
    }
    context.out().println(context.json().write(aggregate.getReport()));
    context.out().flush();
    say(read.reports().size() + " reports summed: "
        + String.join(", ", aggregate.getContributors()));
    for (String path : aggregate.getUnsummedCells()) {
      say(path + ": left blank: some reports printed a unit and others none");
    }
    return 0;
  }
}
