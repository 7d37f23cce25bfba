package org.ogireport.cli;

import java.util.List;
import org.ogireport.compare.ComparisonFormat;
import org.ogireport.compare.ReportComparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare [--format html|md|json] LAST THIS}: two years of one organ side by side, every
 * cell with its change, the section texts' similarity and changed passages, and the series
 * rules' findings in place.
 *
 * <pre>
 * $ ogi-report compare --format html hongze-2023.txt hongze-2024.txt &gt; hongze.html
 * </pre>
 *
 * <p>Each input must hold one report. Reports of two organs, or a "last" year that is not
 * earlier, are refused with one line naming both (exit 2).
 */
@Command(name = "compare", sortOptions = false,
    description = "Compare two years of one organ: every cell, the sections, the series rules.")
final class CompareCommand extends InputCommand {

  private static final ReportComparator COMPARATOR = ReportComparator.create();

  @Option(names = "--format", paramLabel = "html|md|json", converter = FormatConverter.class,
      description = "html (a full page, the default), md (Markdown) or json.")
  ComparisonFormat format = ComparisonFormat.HTML;

  @Parameters(index = "0", paramLabel = "LAST", description = "Last year's report. " + INPUTS)
  String last;

  @Parameters(index = "1", paramLabel = "THIS", description = "This year's report.")
  String current;

  CompareCommand(Context context) {
    super(context);
  }

  @Override
  List<String> inputs() {
    return List.of(last, current);
  }

  @Override
  int run() {
    Reads read = readAll();
    if (read.failed()) {
      return Main.UNREADABLE;
    }
    if (read.reports().size() != 2) {
      say("compare takes two reports, one per input; read " + read.reports().size());
      return Main.UNREADABLE;
    }
    String text;
    try {
      text = format.render(COMPARATOR.compare(read.list().get(0), read.list().get(1)));
    } catch (IllegalArgumentException | ArithmeticException e) {
      say(e.getMessage());
      return Main.UNREADABLE;
    }
    context.out().print(text);
    context.out().flush();
    return 0;
  }

  /** Reads {@code html}, {@code md} or {@code json}. */
  static final class FormatConverter extends Options.Parsed<ComparisonFormat> {
    FormatConverter() {
      super(ComparisonFormat::ofName);
    }
  }
}
