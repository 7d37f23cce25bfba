package org.ogireport.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code ogi-report} command line, e.g. {@code check}.
 *
 * <p>Exit codes are the same for every command: 0 when all went well, 1 when a report has an
 * error finding, 2 when an input cannot be read or the arguments are wrong. A command prints a
 * one-line reason per unreadable input on {@code err}, never a stack trace, and goes on with
 * the other inputs.
 */
public interface Command {

  /** The name typed on the command line, e.g. {@code check}. */
  String name();

  /** One line of usage, e.g. {@code check [--json] [--lang zh|en] FILE...}. */
  String usage();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name
   * @param out where results go (UTF-8)
   * @param err where diagnostics and reasons go (UTF-8)
   * @return the exit code
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
