package org.ogireport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ogi-report} command line: {@code java -jar ogi-report-cli.jar COMMAND ARGS...}.
 *
 * <p>Every command has {@code -h/--help}; {@code ogi-report --version} prints the version of the
 * build. Exit codes are the same for every command: 0 when all went well, 1 when a report has an
 * error, 2 when an input cannot be read or the arguments are wrong (the reason on standard error,
 * one line, never a stack trace).
 */
public final class Main {

  /** Hibernate Validator announces its version on start-up; a command line keeps stderr for findings. */
  private static final Logger HIBERNATE_LOG = quiet("org.hibernate.validator");

  /** Exit code when an input cannot be read or the arguments are wrong. */
  static final int UNREADABLE = 2;

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  private Main() {}

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(List.of(args), System.in, out, err));
  }

  /**
   * Runs a command with standard input as {@code -}, for embedding.
   *
   * @param args the command and its arguments
   * @param out where results go, UTF-8
   * @param err where reasons and diagnostics go, UTF-8
   * @return the exit code: 0, 1 or 2
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs a command, for tests and embedding.
   *
   * @param args the command and its arguments
   * @param in what {@code -} reads
   * @param out where results go, UTF-8
   * @param err where reasons and diagnostics go, UTF-8
   * @return the exit code: 0, 1 or 2
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Context context = new Context(out, err, new Inputs(ReportJson.standard(), IMPORTER, in),
        ReportJson.standard());
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    CommandLine cli = new CommandLine(new OgiReport())
        .addSubcommand(new CheckCommand(context))
        .addSubcommand(new ImportCommand(context))
        .addSubcommand(new RenderCommand(context))
        .addSubcommand(new ExportCommand(context))
        .addSubcommand(new SchemaCommand(context))
        .addSubcommand(new AggregateCommand(context))
        .addSubcommand(new IndicatorsCommand(context))
        .addSubcommand(new CompareCommand(context))
        .addSubcommand(new RankCommand(context))
        .addSubcommand(new HelpCommand())
        .setOut(outWriter)
        .setErr(errWriter)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((e, command, parsed) -> internalError(command, e));
    try {
      return cli.execute(args.toArray(String[]::new));
    } finally {
      outWriter.flush();
      errWriter.flush();
      out.flush();
      err.flush();
    }
  }

  /**
   * Says that the arguments are wrong: {@code ogi-report COMMAND: what}, a suggestion where one
   * fits, the command's synopsis and where to read more.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return UNREADABLE;
  }

  /** Says in one line that a command failed where it should not have: a bug, not the input. */
  private static int internalError(CommandLine command, Exception e) {
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": internal error: " + e);
    err.flush();
    return UNREADABLE;
  }

  /** The top-level command: without a command, its usage on standard error and exit 2. */
  @Command(name = "ogi-report", mixinStandardHelpOptions = true,
      versionProvider = BuildVersion.class,
      description = "Checks, imports, renders and exports the annual reports on Open Government"
          + " Information (政府信息公开工作年度报告).",
      footer = {"", "Exit codes: 0 all went well, 1 a report has errors, 2 an input cannot be read"
          + " or the arguments are wrong."})
  static final class OgiReport implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine cli = spec.commandLine();
      cli.getErr().println("ogi-report: a command is needed");
      cli.usage(cli.getErr());
      return UNREADABLE;
    }
  }

  /** The version of the build, from the resource the build fills in. */
  static final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"ogi-report " + version()};
    }

    static String version() {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the build");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version");
    }
  }
}
