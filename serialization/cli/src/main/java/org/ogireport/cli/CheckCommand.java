package org.ogireport.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.importer.ImportDiagnostic;
import org.ogireport.importer.Severity;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.SeriesValidationResult;
import org.ogireport.validation.ValidationResult;

/**
 * {@code check [--json] [--lang zh|en] FILE...}: validates every report of the files against the
 * rule catalogue and prints the findings.
 *
 * <p>Plain output names each report with its counts, then one line per finding:
 * {@code error  APP-BALANCE  applications.carriedForward.naturalPerson  message}. With
 * {@code --json}, one JSON object per report and line:
 * {@code {"source": "...", "errors": 1, "warnings": 0, "violations": [{"rule": "APP-BALANCE",
 * "severity": "error", "path": "...", "message": "...", "left": 5, "right": 4, "difference": 1,
 * "cells": {"...": 3}}]}}, plus {@code "import": [{"code", "severity", "line", "message"}]} for a
 * report imported from text or HTML; an unreadable input gives {@code {"source": "...", "error": "..."}} on
 * standard output as well as its reason on standard error.
 *
 * <p>Exit code: 0 when no report has an error finding, 1 when one has, 2 when an input cannot be
 * read (its reason is printed and the other inputs are still checked).
 */
final class CheckCommand implements Command {

  private final ReportInput input;
  private final Function<Boolean, ReportValidator> validators;

  /**
   * A check command.
   *
   * @param input reads the files
   * @param validators builds the validator, with or without the narrative checks, when a run
   *     needs it (building one takes a Hibernate Validator factory: commands that do not check
   *     do not pay for it)
   */
  CheckCommand(ReportInput input, Function<Boolean, ReportValidator> validators) {
    this.input = input;
    this.validators = validators;
  }

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String usage() {
    return "check [--json] [--series] [--narrative] [--lang zh|en] FILE...   validate reports";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    boolean asJson = false;
    boolean series = false;
    boolean narrative = false;
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    List<String> files = new ArrayList<>();
    for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
      String arg = it.next();
      switch (arg) {
        case "--json" -> asJson = true;
        case "--series" -> series = true;
        case "--narrative" -> narrative = true;
        case "--lang" -> {
          String lang = it.hasNext() ? it.next() : "";
          if (lang.equals("zh")) {
            locale = Locale.SIMPLIFIED_CHINESE;
          } else if (lang.equals("en")) {
            locale = Locale.ENGLISH;
          } else {
            err.println("ogi-report check: --lang takes zh or en, got '" + lang + "'");
            return 2;
          }
        }
        default -> {
          if (arg.startsWith("--")) {
            err.println("ogi-report check: unknown option " + arg);
            err.println("usage: ogi-report " + usage());
            return 2;
          }
          files.add(arg);
        }
      }
    }
    if (files.isEmpty()) {
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    ReportValidator validator = validators.apply(narrative);
    Printer printer = asJson ? new JsonPrinter(out) : new TextPrinter(out);
    Outcome outcome = new Outcome();
    Locale lang = locale;
    Map<String, List<AnnualReport>> byOrgan = new LinkedHashMap<>();
    boolean keep = series;
    for (String file : files) {
      input.forEach(file, item -> {
        if (item.report().isEmpty()) {
          outcome.unreadable = true;
          err.println("ogi-report check: " + item.reason());
          printer.unreadable(item.source(), item.reason());
          return;
        }
        ValidationResult result = validator.validate(item.report().get());
        outcome.errors |= !result.isValid()
            || item.diagnostics().stream().anyMatch(d -> d.getSeverity() == Severity.ERROR);
        printer.report(item, result, lang);
        if (keep) {
          AnnualReport report = item.report().get();
          byOrgan.computeIfAbsent(report.getOrgan().strip(), o -> new ArrayList<>()).add(report);
        }
      });
    }
    for (ReportSeries run : consecutiveRuns(byOrgan)) {
      printer.series(run, validator.validate(run), lang);
    }
    printer.finish();
    return outcome.unreadable ? 2 : outcome.errors ? 1 : 0;
  }

  /**
   * The runs of consecutive years of each organ, two reports or more; a year given twice keeps
   * the first report of it.
   */
  private static List<ReportSeries> consecutiveRuns(Map<String, List<AnnualReport>> byOrgan) {
    List<ReportSeries> runs = new ArrayList<>();
    for (List<AnnualReport> reports : byOrgan.values()) {
      TreeMap<Integer, AnnualReport> byYear = new TreeMap<>();
      for (AnnualReport report : reports) {
        byYear.putIfAbsent(report.getYear(), report);
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

  /** A location as printed: its JSON path, prefixed {@code YEAR:} in a series. */
  private static String path(Location location) {
    return location.getYear().isPresent()
        ? location.getYear().getAsInt() + ":" + location.getPath()
        : location.getPath();
  }

  private static final class Outcome {
    boolean unreadable;
    boolean errors;
  }

  private interface Printer {
    void report(ReportInput.Item item, ValidationResult result, Locale locale);

    void unreadable(String source, String reason);

    void series(ReportSeries series, SeriesValidationResult result, Locale locale);

    void finish();
  }

  private static final class TextPrinter implements Printer {
    private final PrintStream out;

    TextPrinter(PrintStream out) {
      this.out = out;
    }

    @Override
    public void report(ReportInput.Item item, ValidationResult result, Locale locale) {
      AnnualReport report = item.report().orElseThrow();
      out.println(item.source() + ": " + report.getOrgan() + " " + report.getYear() + " ("
          + report.getEdition().getCode() + "): " + result.getErrors().size() + " errors, "
          + result.getWarnings().size() + " warnings");
      for (ImportDiagnostic d : item.diagnostics()) {
        out.println("  import " + d.getSeverity().getLabel() + "\t" + d.getCode() + "\tline "
            + d.getLine() + "\t" + d.getMessage(locale));
      }
      for (Diagnostic v : result) {
        out.println("  " + v.getSeverity().getCode() + "\t" + v.getCode() + "\t"
            + path(v.getLocation()) + "\t" + v.getMessage(locale));
      }
    }

    @Override
    public void unreadable(String source, String reason) {
      // the reason is on standard error already
    }

    @Override
    public void series(ReportSeries series, SeriesValidationResult result, Locale locale) {
      out.println("series " + series.getOrgan() + " " + series.getFirstYear() + "–"
          + series.getLastYear() + ": " + result.size() + " warnings");
      for (Diagnostic v : result) {
        out.println("  " + v.getSeverity().getCode() + "\t" + v.getCode() + "\t"
            + path(v.getLocation()) + "\t" + v.getMessage(locale));
      }
      for (Diagnostic skipped : result.getSkipped()) {
        out.println("  skipped\t" + skipped.getCode() + "\t"
            + skipped.getArguments().get("previousYear") + "–"
            + skipped.getLocation().getYear().orElseThrow() + "\t"
            + skipped.getMessage(Locale.ENGLISH));
      }
    }

    @Override
    public void finish() {
      out.flush();
    }
  }

  private static final class JsonPrinter implements Printer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final PrintStream out;
    private final JsonGenerator gen;

    JsonPrinter(PrintStream out) {
      this.out = out;
      try {
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void report(ReportInput.Item item, ValidationResult result, Locale locale) {
      AnnualReport report = item.report().orElseThrow();
      try {
        gen.writeStartObject();
        gen.writeStringField("source", item.source());
        gen.writeStringField("organ", report.getOrgan());
        gen.writeNumberField("year", report.getYear());
        gen.writeStringField("edition", report.getEdition().getCode());
        gen.writeNumberField("errors", result.getErrors().size());
        gen.writeNumberField("warnings", result.getWarnings().size());
        writeViolations(result, locale);
        if (!item.diagnostics().isEmpty()) {
          gen.writeArrayFieldStart("import");
          for (ImportDiagnostic d : item.diagnostics()) {
            gen.writeStartObject();
            gen.writeStringField("code", d.getCode().name());
            gen.writeStringField("severity", d.getSeverity().getLabel());
            gen.writeNumberField("line", d.getLine());
            gen.writeStringField("message", d.getMessage(locale));
            gen.writeEndObject();
          }
          gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeViolations(Iterable<Diagnostic> violations, Locale locale)
        throws IOException {
      gen.writeArrayFieldStart("violations");
      for (Diagnostic v : violations) {
        gen.writeStartObject();
        gen.writeStringField("rule", v.getCode());
        gen.writeStringField("severity", v.getSeverity().getCode());
        gen.writeStringField("path", path(v.getLocation()));
        gen.writeStringField("message", v.getMessage(locale));
        if (v.getSides().isPresent()) {
          Sides sides = v.getSides().get();
          writeNumber("left", sides.getLeft());
          writeNumber("right", sides.getRight());
          writeNumber("difference", sides.getDifference());
        }
        gen.writeObjectFieldStart("cells");
        for (Map.Entry<Location, Cell> cell : v.getCells().entrySet()) {
          gen.writeFieldName(path(cell.getKey()));
          writeCell(cell.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }

    @Override
    public void series(ReportSeries series, SeriesValidationResult result, Locale locale) {
      try {
        gen.writeStartObject();
        gen.writeStringField("series", series.getOrgan());
        gen.writeArrayFieldStart("years");
        for (AnnualReport report : series.getReports()) {
          gen.writeNumber(report.getYear());
        }
        gen.writeEndArray();
        gen.writeNumberField("warnings", result.size());
        writeViolations(result, locale);
        gen.writeArrayFieldStart("skipped");
        for (Diagnostic skipped : result.getSkipped()) {
          gen.writeStartObject();
          gen.writeStringField("rule", skipped.getCode());
          gen.writeNumberField("previousYear", (Integer) skipped.getArguments().get("previousYear"));
          gen.writeNumberField("year", skipped.getLocation().getYear().orElseThrow());
          gen.writeStringField("reason", skipped.getMessage(Locale.ENGLISH));
          gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeNumber(String name, BigDecimal value) throws IOException {
      gen.writeFieldName(name);
      gen.writeNumber(value);
    }

    private void writeCell(Cell cell) throws IOException {
      if (cell.isBlank()) {
        gen.writeNull();
      } else if (cell.isMarker()) {
        gen.writeString("/");
      } else {
        gen.writeNumber(cell.toDecimalOrZero());
      }
    }

    @Override
    public void unreadable(String source, String reason) {
      try {
        gen.writeStartObject();
        gen.writeStringField("source", source);
        gen.writeStringField("error", reason);
        gen.writeEndObject();
        gen.writeRaw('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
