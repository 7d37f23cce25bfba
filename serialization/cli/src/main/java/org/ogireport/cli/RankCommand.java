package org.ogireport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.rank.Grouping;
import org.ogireport.rank.RankCollector;
import org.ogireport.rank.RankFormat;
import org.ogireport.rank.Ranking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rank [--by year|region|pattern=REGEX|map=FILE]... [--min-base N|ID=N]...
 * [--format csv|html] INPUT...}: the indicators of every organ with its rank and percentile within
 * the set (or within each group), reports streamed from the inputs (JSON Lines of any size).
 *
 * <pre>
 * $ ogi-report rank --by year --format csv county-2024.jsonl &gt; ranks.csv
 * </pre>
 *
 * <p>The definitions (rank, ties, percentile, the base of each share and the minimum base below
 * which a share is not ranked) are {@link Ranking}'s. An input that cannot be read is said on
 * standard error and nothing is written (a ranking without it would mislead; exit 2); so is an
 * organ's report of one year given twice.
 */
@Command(name = "rank", sortOptions = false,
    description = "Rank organs by their indicators, with percentiles, optionally by group.")
final class RankCommand extends ManyInputsCommand {

  @Option(names = "--by", paramLabel = "year|region|pattern=REGEX|map=FILE",
      converter = GroupingConverter.class,
      description = "Group before ranking: by report year, by region (the organ's name up to its"
          + " county, city or province), by the first match of REGEX in the organ's name, or by"
          + " a mapping file of 'organ,group' lines. Repeat to combine.")
  List<Grouping> groupings = new ArrayList<>();

  @Option(names = "--min-base", paramLabel = "N|ID=N",
      description = "Smallest base (applications or cases) for a share to be ranked: for every"
          + " share, or for one indicator id (default " + Ranking.DEFAULT_MINIMUM_BASE + ").")
  List<String> minimumBases = new ArrayList<>();

  @Option(names = "--format", paramLabel = "csv|html", converter = FormatConverter.class,
      description = "csv (the default) or html (a full page).")
  RankFormat format = RankFormat.CSV;

  RankCommand(Context context) {
    super(context);
  }

  @Override
  int run() {
    Ranking ranking;
    try {
      ranking = ranking();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    RankCollector collector = ranking.newCollector();
    boolean[] failed = {false};
    for (String input : inputs) {
      context.inputs().forEach(input, item -> {
        if (item.report().isEmpty()) {
          unreadable(item);
          failed[0] = true;
          return;
        }
        imported(item);
        try {
          collector.add(item.report().orElseThrow(), item.source());
        } catch (IllegalArgumentException | ArithmeticException e) {
          say(e.getMessage());
          failed[0] = true;
        }
      });
    }
    if (failed[0]) {
      say("nothing written: a ranking without every report would mislead");
      return Main.UNREADABLE;
    }
    if (collector.size() == 0) {
      say("nothing written: no report read");
      return Main.UNREADABLE;
    }
    format.write(collector.finish(), context.out());
    context.out().flush();
    return 0;
  }

  private Ranking ranking() {
    Ranking.Builder builder = Ranking.builder();
    builder.grouping(groupings.stream().reduce(Grouping::and).orElseGet(Grouping::none));
    for (String base : minimumBases) {
      int eq = base.indexOf('=');
      if (eq < 0) {
        builder.minimumBase(number(base));
      } else {
        builder.minimumBase(Indicator.ofId(base.substring(0, eq)), number(base.substring(eq + 1)));
      }
    }
    return builder.build();
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--min-base: expected a whole number, got '" + text + "'");
    }
  }

  /** Reads {@code year}, {@code region}, {@code pattern=REGEX} or {@code map=FILE}. */
  static final class GroupingConverter extends Options.Parsed<Grouping> {
    GroupingConverter() {
      super(GroupingConverter::grouping);
    }

    private static Grouping grouping(String value) {
      if (value.equals("year")) {
        return Grouping.byYear();
      }
      if (value.equals("region")) {
        return Grouping.byRegion();
      }
      if (value.startsWith("pattern=")) {
        try {
          return Grouping.byOrganPattern(Pattern.compile(value.substring("pattern=".length())));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException("not a regular expression: " + e.getDescription());
        }
      }
      if (value.startsWith("map=")) {
        try {
          return Grouping.readMapping(Path.of(value.substring("map=".length())));
        } catch (ReportFormatException | java.io.UncheckedIOException e) {
          throw new IllegalArgumentException(e.getMessage());
        }
      }
      throw new IllegalArgumentException(
          "expected year, region, pattern=REGEX or map=FILE, got '" + value + "'");
    }
  }

  /** Reads {@code csv} or {@code html}. */
  static final class FormatConverter extends Options.Parsed<RankFormat> {
    FormatConverter() {
      super(RankFormat::ofName);
    }
  }
}
