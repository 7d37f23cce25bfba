package org.ogireport.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import [--lang zh|en] INPUT...}: reads published reports (text or HTML) and writes each
 * as one line of compact report JSON on standard output (JSON Lines, which {@code check} and every
 * other command read back); what the importer met goes to standard error in the text form of
 * {@link DiagnosticText}.
 *
 * <pre>
 * $ ogi-report import a.txt b.html &gt; reports.jsonl
 * $ ogi-report import report.html | ogi-report check -
 * </pre>
 *
 * <p>Exit code 2 when an input cannot be read at all (the others are still read), else 0.
 */
@Command(name = "import", sortOptions = false,
    description = "Read published reports (text or HTML) and write each as one line of report"
        + " JSON (JSON Lines); what the importer met goes to standard error.")
final class ImportCommand extends InputCommand {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = INPUTS)
  List<String> inputs;

  ImportCommand(Context context) {
    super(context);
  }

  @Override
  List<String> inputs() {
    return inputs;
  }

  @Override
  int run() {
    boolean[] failed = {false};
    for (String input : inputs) {
      context.inputs().forEach(input, item -> {
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
}
