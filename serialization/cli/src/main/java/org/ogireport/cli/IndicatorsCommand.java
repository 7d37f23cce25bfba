package org.ogireport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.core.analysis.Indicators;

/**
 * {@code indicators FILE...}: the {@link Indicator}s of each report as CSV (RFC 4180) on
 * {@code out}, one row per report.
 *
 * <pre>
 * $ ogi-report indicators fuling-2020.json
 * file,organ,year,edition,applications_handled,granted_share,...,carried_forward_share
 * fuling-2020.json,重庆市涪陵区人民政府办公室,2020,2019,8,1.000000,...,0.000000
 * </pre>
 *
 * <p>Columns: {@code file}, {@code organ}, {@code year}, {@code edition}, then one per indicator
 * named by its {@link Indicator#getId() id}. Counts are whole numbers, shares decimals with
 * {@value #SCALE} digits (rounded half-even); an undefined share (denominator 0) is an empty
 * field. Text fields are quoted when they hold a comma, a quote or a line break, quotes doubled.
 * An input that cannot be read gets a one-line reason on {@code err}, the others are still
 * written, and the exit code is 2.
 */
public final class IndicatorsCommand implements Command {

  private static final ObjectWriter ROW = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writerFor(String[].class)
      .with(CsvSchema.emptySchema().withLineSeparator("\r\n"));

  /** Digits after the point of a share. */
  public static final int SCALE = 6;

  private final Function<Path, AnnualReport> reader;

  /**
   * A command reading reports with the given function.
   *
   * @param reader reads one report; throws {@link org.ogireport.core.ReportFormatException} or
   *     {@link java.io.UncheckedIOException} for input it cannot read
   */
  public IndicatorsCommand(Function<Path, AnnualReport> reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "indicators";
  }

  @Override
  public String usage() {
    return "indicators FILE...   indicators of each report as CSV";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.startsWith("--")) {
        err.println("ogi-report indicators: unknown option " + arg);
        err.println("usage: ogi-report " + usage());
        return 2;
      }
    }
    if (args.isEmpty()) {
      err.println("ogi-report indicators: no FILE given");
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    List<String> header = new ArrayList<>(List.of("file", "organ", "year", "edition"));
    for (Indicator indicator : Indicator.values()) {
      header.add(indicator.getId());
    }
    out.print(csvLine(header));
    ReportInputs inputs = ReportInputs.read(name(), args, reader, err);
    boolean failed = inputs.hasFailures();
    for (ReportInputs.Input input : inputs.reports()) {
      AnnualReport report = input.report();
      List<String> fields = new ArrayList<>();
      fields.add(input.path().toString());
      fields.add(report.getOrgan());
      fields.add(Integer.toString(report.getYear()));
      fields.add(report.getEdition().getCode());
      Indicators indicators;
      try {
        indicators = Indicators.of(report);
      } catch (ArithmeticException e) {
        err.println("ogi-report indicators: " + input.path() + ": " + e.getMessage());
        failed = true;
        continue;
      }
      for (Indicator indicator : Indicator.values()) {
        fields.add(indicators.get(indicator).toDecimal(SCALE).map(BigDecimal::toPlainString)
            .orElse(""));
      }
      out.print(csvLine(fields));
    }
    return failed ? 2 : 0;
  }

  /** One CSV record with CRLF, quoted by jackson-dataformat-csv where RFC 4180 requires it. */
  static String csvLine(List<String> fields) {
    try {
      return ROW.writeValueAsString(fields.toArray(String[]::new));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
