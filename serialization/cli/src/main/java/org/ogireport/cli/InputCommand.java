package org.ogireport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ogireport.core.diagnostic.MessageBundle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that reads reports from the inputs named on its command line, through
 * {@link Inputs}: {@code -h/--help}, {@code --lang zh|en}, and inputs each named once.
 *
 * <p>Every such command says the same things the same way on standard error: an input that
 * cannot be read gets one line {@code ogi-report COMMAND: reason} naming where, and a published
 * report gets what the importer met in the text form of {@link DiagnosticText}.
 */
abstract class InputCommand implements Callable<Integer> {

  /** The description of the inputs, shared by every command's help. */
  static final String INPUTS = "Report JSON, JSON Lines (one report per line), or a published"
      + " report (text, HTML, .docx or a PDF with a text layer; imported); - reads standard"
      + " input.";

  @Spec
  CommandSpec spec;

  @Mixin
  Options.Help help;

  @Mixin
  Options.Language language;

  final Context context;

  InputCommand(Context context) {
    this.context = context;
  }

  /** The inputs named on the command line, in order. */
  abstract List<String> inputs();

  /** Runs the command once its arguments are known to be good; returns the exit code. */
  abstract int run();

  @Override
  public final Integer call() {
    try {
      Inputs.requireDistinct(inputs());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      return run();
    } catch (StackOverflowError | OutOfMemoryError e) {
      say("internal error: " + e);   // a bug or a limit missed, said in one line like any other
      return Main.UNREADABLE;
    }
  }

  /** The language of messages. */
  Locale locale() {
    return language.locale;
  }

  /** Says on standard error why an input cannot be read. */
  void unreadable(Inputs.Item item) {
    say(item.reason());
  }

  /**
   * Says on standard error one line {@code ogi-report COMMAND: message}; a line break or another
   * control character in it (a file named with one) is written as an escape such as {@code \n}
   * ({@link MessageBundle#printable}).
   */
  void say(String message) {
    context.err().println(spec.qualifiedName() + ": " + MessageBundle.printable(message));
  }

  /** Says on standard error what the importer met in a published report, if anything. */
  void imported(Inputs.Item item) {
    if (!item.diagnostics().isEmpty()) {
      DiagnosticText.print(context.err(),
          DiagnosticText.head(item.source(), item.report().orElseThrow()), locale(),
          item.diagnostics());
    }
  }

  /**
   * Every report of every input, for the commands that need them all before writing; the reason
   * of each unreadable input and what the importer met are said on standard error.
   */
  Reads readAll() {
    List<Inputs.Item> reports = new ArrayList<>();
    boolean[] failed = {false};
    for (String input : inputs()) {
      context.inputs().forEach(input, item -> {
        if (item.report().isEmpty()) {
          unreadable(item);
          failed[0] = true;
        } else {
          imported(item);
          reports.add(item);
        }
      });
    }
    return new Reads(List.copyOf(reports), failed[0]);
  }

  /**
   * What {@link #readAll()} read.
   *
   * @param reports the reports, in the order of the inputs
   * @param failed whether some input or line could not be read
   */
  record Reads(List<Inputs.Item> reports, boolean failed) {

    /** The reports alone. */
    List<org.ogireport.core.AnnualReport> list() {
      return reports.stream().map(item -> item.report().orElseThrow()).toList();
    }
  }
}
