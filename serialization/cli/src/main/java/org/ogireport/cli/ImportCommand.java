package org.ogireport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import [--lang zh|en] [--previous FILE] INPUT...}: reads published reports (text or
 * HTML) and writes each as one line of compact report JSON on standard output (JSON Lines, which
 * {@code check} and every other command read back); what the importer met goes to standard error
 * in the text form of {@link DiagnosticText}.
 *
 * <pre>
 * $ ogi-report import a.txt b.html &gt; reports.jsonl
 * $ ogi-report import report.html | ogi-report check -
 * $ ogi-report import --previous 2023.json 2024.txt
 * </pre>
 *
 * <p>{@code --previous FILE} names the organ's report of the year before (report JSON, or a
 * published report, imported first): where cells printed run together split several ways, the
 * series rules help decide them. A report that is not of the year before an input's year is set
 * aside for that input, with the importer's warning {@code PREVIOUS_NOT_LAST_YEAR}.
 *
 * <p>Exit code 2 when {@code --previous} names no readable report (nothing is imported), or when
 * an input cannot be read at all (the others are still read), else 0.
 */
@Command(name = "import", sortOptions = false,
    description = "Read published reports (text, HTML, .docx, PDF) and write each as one line of report"
        + " JSON (JSON Lines); what the importer met goes to standard error.")
final class ImportCommand extends ManyInputsCommand {

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The organ's report of the year before (report JSON, or a published report"
          + " to import): its figures help split cells printed run together.")
  String previous;

  ImportCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    Inputs reading = context.inputs();
    if (previous != null) {
      Optional<AnnualReport> lastYear = lastYear();
      if (lastYear.isEmpty()) {
        return Main.UNREADABLE;
      }
      reading = reading.withPrevious(lastYear.get());
    }
    boolean[] failed = {false};
    for (String input : inputs) {
      reading.forEach(input, item -> {
        if (item.report().isEmpty()) {
          unreadable(item);
          failed[0] = true;
          return;
        }
        context.out().print(context.json().writeCompact(item.report().get()) + "\n");
        context.out().flush();
        imported(item);
      });
    }
    return failed[0] ? Main.UNREADABLE : 0;
  }

  /**
   * The one report of {@code --previous}, or empty after saying in one line why there is none:
   * the file cannot be read, or holds no report or several.
   */
  private Optional<AnnualReport> lastYear() {
    if (previous.equals(Inputs.STDIN) && inputs.contains(Inputs.STDIN)) {
      say("--previous -: standard input cannot be both the previous report and an input");
      return Optional.empty();
    }
    List<Inputs.Item> items = new ArrayList<>();
    context.inputs().forEach(previous, items::add);
    Optional<Inputs.Item> unreadable = items.stream().filter(i -> i.report().isEmpty()).findFirst();
    if (unreadable.isPresent()) {
      say("--previous " + unreadable.get().reason());
      return Optional.empty();
    }
    if (items.size() != 1) {
      say("--previous " + previous + ": holds " + items.size()
          + " reports, give the one report of the year before");
      return Optional.empty();
    }
    return items.get(0).report();
  }
}
