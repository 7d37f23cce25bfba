package org.ogireport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.core.analysis.Indicators;
import picocli.CommandLine.Command;

/**
 * {@code indicators INPUT...}: the {@link Indicator}s of each report as CSV (RFC 4180) on
 * standard output, one row per report.
 *
 * <pre>
 * $ ogi-report indicators fuling-2020.json
 * file,organ,year,edition,applications_handled,granted_share,...,carried_forward_share
 * fuling-2020.json,重庆市涪陵区人民政府办公室,2020,2019,8,1.000000,...,0.000000
 * </pre>
 *
 * <p>Columns: {@code file} (the input, with {@code :LINE} for a line of JSON Lines),
 * {@code organ}, {@code year}, {@code edition}, then one per indicator named by its
 * {@link Indicator#getId() id}. Counts are whole numbers, shares decimals with {@value #SCALE}
 * digits (rounded half-even); an undefined share (denominator 0) is an empty field. Text fields
 * are quoted when they hold a comma, a quote or a line break, quotes doubled. An input that
 * cannot be read gets a one-line reason on standard error, the others are still written, and the
 * exit code is 2; when no report could be read nothing is written, not even the header.
 */
@Command(name = "indicators", sortOptions = false,
    description = "Print the indicators of each report as CSV.")
final class IndicatorsCommand extends ManyInputsCommand {

  private static final ObjectWriter ROW = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writerFor(String[].class)
      .with(CsvSchema.emptySchema().withLineSeparator("\r\n"));

  /** Digits after the point of a share. */
  static final int SCALE = 6;

  IndicatorsCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    Reads read = readAll();
    boolean failed = read.failed();
    List<String> rows = new ArrayList<>();
    for (Inputs.Item item : read.reports()) {
      AnnualReport report = item.report().orElseThrow();
      Indicators indicators;
      try {
        indicators = Indicators.of(report);
      } catch (ArithmeticException e) {
        say(item.source() + ": " + e.getMessage());
        failed = true;
        continue;
      }
      List<String> fields = new ArrayList<>(List.of(item.source(), report.getOrgan(),
          Integer.toString(report.getYear()), report.getEdition().getCode()));
      for (Indicator indicator : Indicator.values()) {
        fields.add(indicators.get(indicator).toDecimal(SCALE).map(BigDecimal::toPlainString)
            .orElse(""));
      }
      rows.add(csvLine(fields));
    }
    if (rows.isEmpty()) {
      say("no report read: nothing written");
    } else {
      List<String> header = new ArrayList<>(List.of("file", "organ", "year", "edition"));
      for (Indicator indicator : Indicator.values()) {
        header.add(indicator.getId());
      }
      context.out().print(csvLine(header));
      rows.forEach(context.out()::print);
      context.out().flush();
    }
    return failed ? Main.UNREADABLE : 0;
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
