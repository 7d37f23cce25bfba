package org.ogireport.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.ReportJson;
import org.ogireport.validation.ReportValidator;

/**
 * The {@code ogi-report} command line: {@code java -jar ogi-report-cli.jar COMMAND ARGS...}.
 *
 * <p>Commands are listed in {@link #COMMANDS}; each is a {@link Command}.
 */
public final class Main {

  /** Hibernate Validator announces its version on start-up; a command line keeps stderr for findings. */
  private static final Logger HIBERNATE_LOG = quiet("org.hibernate.validator");

  /** Every command, in the order {@code help} lists them. */
  static final List<Command> COMMANDS = commands(ReportJson.standard());

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }

  private Main() {}

  private static List<Command> commands(ReportJson json) {
    ReportImporter importer = ReportImporter.builder().build();
    ReportInput input = new ReportInput(json, importer);
    return List.of(
        new CheckCommand(input,
            narrative -> ReportValidator.builder().narrativeChecks(narrative).build()),
        new ImportCommand(importer, json::writeCompact),
        new RenderCommand(input::readOne),
        new ExportCommand(input::readOne),
        new SchemaCommand(),
        new AggregateCommand(input::readOne, json::write),
        new IndicatorsCommand(input::readOne));
  }

  /** Runs a command and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(List.of(args), out, err));
  }

  /** Runs a command and returns its exit code (for tests and embedding). */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
      usage(args.isEmpty() ? err : out);
      return args.isEmpty() ? 2 : 0;
    }
    for (Command command : COMMANDS) {
      if (command.name().equals(args.get(0))) {
        try {
          return command.run(new ArrayList<>(args.subList(1, args.size())), out, err);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          err.println("ogi-report " + command.name() + ": internal error: " + e);
          return 2;
        }
      }
    }
    err.println("ogi-report: unknown command '" + args.get(0) + "'");
    usage(err);
    return 2;
  }

  private static void usage(PrintStream stream) {
    stream.println("usage: ogi-report COMMAND ARGS...");
    for (Command command : COMMANDS) {
      stream.println("  " + command.usage());
    }
  }
}
