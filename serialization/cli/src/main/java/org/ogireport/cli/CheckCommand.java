package org.ogireport.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.json.DiagnosticJson;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.SeriesValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check [--json] [--series] [--narrative] [--lang zh|en] INPUT...}: validates every report
 * of the inputs against the rule catalogue and prints what it found.
 *
 * <p>Plain output gives each report a summary line counting what is printed under it, then one
 * line per diagnostic in the form of {@link DiagnosticText}: what the importer met, then the
 * rules broken. With {@code --json}, one JSON object per report and line:
 * {@code {"source", "organ", "year", "edition", "errors", "warnings", "info", "violations": [...]}}
 * plus {@code "import": [...]} for an imported report, each diagnostic in the one form of
 * {@link DiagnosticJson}; an unreadable input gives {@code {"source": "...", "error": {...}}}
 * (a diagnostic of code {@code UNREADABLE}) as well as its reason on standard error.
 *
 * <p>Exit code: 0 when no report has an error, 1 when one has (a rule of severity error, or an
 * import error), 2 when an input cannot be read (its reason is printed and the other inputs are
 * still checked).
 */
@Command(name = "check", sortOptions = false,
    description = "Validate reports against the rule catalogue.",
    footer = {"", "Exit codes: 0 no report has errors, 1 a report has errors, 2 an input cannot"
        + " be read (the others are still checked) or the arguments are wrong."})
final class CheckCommand extends ManyInputsCommand {

  @Option(names = "--json", description = "One JSON object per report and line.")
  boolean json;

  @Option(names = "--series",
      description = "Also apply the series rules to consecutive years of one organ.")
  boolean series;

  @Option(names = "--narrative",
      description = "Also apply the checks of the text against the tables.")
  boolean narrative;

  CheckCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    ReportValidator validator = Validators.get(narrative);
    Locale locale = locale();
    Printer printer = json ? new JsonPrinter(context.out(), locale)
        : new TextPrinter(context.out(), locale);
    boolean[] unreadable = {false};
    boolean[] errors = {false};
    Map<String, List<AnnualReport>> byOrgan = new LinkedHashMap<>();
    for (String input : inputs) {
      context.inputs().forEach(input, item -> {
        if (item.report().isEmpty()) {
          unreadable[0] = true;
          unreadable(item);
          printer.unreadable(item);
          return;
        }
        AnnualReport report = item.report().get();
        List<Diagnostic> violations = validator.validate(report).getDiagnostics();
        errors[0] |= hasError(item.diagnostics()) || hasError(violations);
        printer.report(item, violations);
        if (series) {
          byOrgan.computeIfAbsent(report.getOrgan().strip(), o -> new ArrayList<>()).add(report);
        }
      });
    }
    for (ReportSeries run : consecutiveRuns(byOrgan, this::say)) {
      printer.series(run, validator.validate(run));
    }
    printer.finish();
    return unreadable[0] ? Main.UNREADABLE : errors[0] ? 1 : 0;
  }

  private static boolean hasError(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.getSeverity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * The runs of consecutive years of each organ, two reports or more; a year given twice keeps
   * the first report of it, which is said.
   */
  private static List<ReportSeries> consecutiveRuns(Map<String, List<AnnualReport>> byOrgan,
      Consumer<String> say) {
    List<ReportSeries> runs = new ArrayList<>();
    for (List<AnnualReport> reports : byOrgan.values()) {
      TreeMap<Integer, AnnualReport> byYear = new TreeMap<>();
      for (AnnualReport report : reports) {
        if (byYear.putIfAbsent(report.getYear(), report) != null) {
          say.accept("--series: " + report.getOrgan().strip() + " " + report.getYear()
              + " is given more than once: the series rules take the first report of it");
        }
      }
      List<AnnualReport> run = new ArrayList<>();
      for (AnnualReport report : byYear.values()) {
        if (!run.isEmpty() && run.get(run.size() - 1).getYear() + 1 != report.getYear()) {
          addRun(runs, run);
          run = new ArrayList<>();
        }
        run.add(report);
      }
      addRun(runs, run);
    }
    return runs;
  }

  private static void addRun(List<ReportSeries> runs, List<AnnualReport> run) {
    if (run.size() >= 2) {
      runs.add(ReportSeries.of(run));
    }
  }

  /**
   * The validators, each built once per JVM when first needed (each takes a Hibernate Validator
   * factory: the commands that do not check do not pay for one).
   */
  private static final class Validators {

    static ReportValidator get(boolean narrative) {
      return narrative ? WithNarrative.VALIDATOR : Plain.VALIDATOR;
    }

    private static final class Plain {
      static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    }

    private static final class WithNarrative {
      static final ReportValidator VALIDATOR =
          ReportValidator.builder().narrativeChecks(true).build();
    }
  }

  private interface Printer {
    void report(Inputs.Item item, List<Diagnostic> violations);

    void unreadable(Inputs.Item item);

    void series(ReportSeries series, SeriesValidationResult findings);

    void finish();
  }

  private static final class TextPrinter implements Printer {
    private final PrintStream out;
    private final Locale locale;

    TextPrinter(PrintStream out, Locale locale) {
      this.out = out;
      this.locale = locale;
    }

    @Override
    public void report(Inputs.Item item, List<Diagnostic> violations) {
      DiagnosticText.print(out, DiagnosticText.head(item.source(), item.report().orElseThrow()),
          locale, item.diagnostics(), violations);
    }

    @Override
    public void unreadable(Inputs.Item item) {
      // the reason is on standard error already
    }

    @Override
    public void series(ReportSeries series, SeriesValidationResult findings) {
      DiagnosticText.print(out, "series " + series.getOrgan() + " " + series.getFirstYear() + "–"
          + series.getLastYear(), locale, findings.getDiagnostics(), findings.getSkipped());
    }

    @Override
    public void finish() {
      out.flush();
    }
  }

  private static final class JsonPrinter implements Printer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final PrintStream out;
    private final Locale locale;
    private final JsonGenerator gen;

    JsonPrinter(PrintStream out, Locale locale) {
      this.out = out;
      this.locale = locale;
      try {
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void report(Inputs.Item item, List<Diagnostic> violations) {
      AnnualReport report = item.report().orElseThrow();
      try {
        gen.writeStartObject();
        gen.writeStringField("source", item.source());
        gen.writeStringField("organ", report.getOrgan());
        gen.writeNumberField("year", report.getYear());
        gen.writeStringField("edition", report.getEdition().getCode());
        writeTally(Tally.of(item.diagnostics(), violations));
        writeArray("violations", violations);
        if (!item.diagnostics().isEmpty()) {
          writeArray("import", item.diagnostics());
        }
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void series(ReportSeries series, SeriesValidationResult findings) {
      try {
        gen.writeStartObject();
        gen.writeStringField("series", series.getOrgan());
        gen.writeArrayFieldStart("years");
        for (AnnualReport report : series.getReports()) {
          gen.writeNumber(report.getYear());
        }
        gen.writeEndArray();
        writeTally(Tally.of(findings.getDiagnostics(), findings.getSkipped()));
        writeArray("violations", findings.getDiagnostics());
        writeArray("skipped", findings.getSkipped());
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void unreadable(Inputs.Item item) {
      try {
        gen.writeStartObject();
        gen.writeStringField("source", item.source());
        gen.writeFieldName("error");
        DiagnosticJson.write(item.error().orElseThrow().getDiagnostic(), locale, gen);
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeTally(Tally tally) throws IOException {
      gen.writeNumberField("errors", tally.errors());
      gen.writeNumberField("warnings", tally.warnings());
      gen.writeNumberField("info", tally.info());
    }

    private void writeArray(String name, List<Diagnostic> diagnostics) throws IOException {
      gen.writeArrayFieldStart(name);
      for (Diagnostic d : diagnostics) {
        DiagnosticJson.write(d, locale, gen);
      }
      gen.writeEndArray();
    }

    private void endLine() throws IOException {
      gen.writeEndObject();
      gen.writeRaw('\n');
    }

    @Override
    public void finish() {
      try {
        gen.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.flush();
    }
  }
}
