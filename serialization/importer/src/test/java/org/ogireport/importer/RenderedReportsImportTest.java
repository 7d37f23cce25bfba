package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.render.MarkdownRenderer;
import org.ogireport.testing.Fixtures;

/**
 * Our own Markdown renderings import back exactly, blank cells under a label that spans columns
 * included (kewei-2024's 四、结转下年度继续办理 prints no 总计; hongze-2023's two （六） rows print
 * nothing): the current rendering writes the places a span covers as MultiMarkdown does
 * ({@code ||}, {@code ^^}), the earlier one as blank cells ({@code | |}), and both read the
 * same, by the columns the grid's values stand in.
 */
class RenderedReportsImportTest {

  private static final Pattern COVERED_FROM_ABOVE = Pattern.compile("\\| \\^\\^ \\|");

  static Stream<Arguments> reports() {
    return Fixtures.realWorld().entrySet().stream()
        .flatMap(e -> Stream.of(Arguments.of(e.getKey(), "current"), Arguments.of(e.getKey(), "earlier")));
  }

  /** The rendering as the earlier renderer wrote it: every covered place a blank cell. */
  static String earlier(String markdown) {
    String s = COVERED_FROM_ABOVE.matcher(markdown).replaceAll("| |");
    s = COVERED_FROM_ABOVE.matcher(s).replaceAll("| |");
    while (s.contains("||")) {
      s = s.replace("||", "| |");
    }
    return s;
  }

  @ParameterizedTest(name = "{0} ({1} rendering)")
  @MethodSource("reports")
  void aMarkdownRenderingImportsBackCellForCell(String name, String rendering) {
    AnnualReport report = Fixtures.realWorld(name);
    String markdown = new MarkdownRenderer().render(report);
    String text = rendering.equals("current") ? markdown : earlier(markdown);
    ImportResult result = SeedReports.IMPORTER.read(text);
    ImportScore score = ImportScore.of(report, result);
    assertEquals(List.of(), score.wrong(), () -> result.getDiagnostics() + "\n" + text);
    assertEquals(report.getOrgan(), result.getReport().getOrgan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankUnderSpans")
  void theCurrentRenderingMarksSpannedPlacesApartFromBlankCells(String name, String row) {
    String markdown = new MarkdownRenderer().render(Fixtures.realWorld(name));
    assertEquals(1, markdown.lines().filter(l -> l.equals(row)).count(), markdown);
  }

  static Stream<Arguments> blankUnderSpans() {
    return Map.of(
        "kewei-2024", "| 四、结转下年度继续办理 ||| 1 | 0 | 0 | 0 | 0 | 0 | |",
        "hongze-2023", "| ^^ | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
            + "| | | | | | | |").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }
}
