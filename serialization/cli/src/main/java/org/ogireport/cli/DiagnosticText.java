package org.ogireport.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * The text form of diagnostics, the same in every command: a summary line naming the input and
 * counting what follows, then one tab-separated line per diagnostic.
 *
 * <pre>
 * hongze-2023.txt: 淮安市洪泽区人民政府 2023 (2021): 2 errors, 15 warnings, 2 info
 *   info	ORGAN_QUALIFIED	line 3: organ	标题中的机关名称“洪泽区人民政府”按正文补全为“淮安市洪泽区人民政府”
 *   error	LIT-TOTAL	reviewAndLitigation.review.total	表四 行政复议·总计：…
 * </pre>
 *
 * <p>A line is {@code severity TAB code TAB where TAB message}: where is the location in words
 * ({@code line 3}, a JSON path, both as {@code line 3: organ}, or the year of a series such as
 * {@code 2024}), empty for the whole report.
 */
final class DiagnosticText {

  private DiagnosticText() {}

  /** One diagnostic, indented, without a line break. */
  static String line(Diagnostic d, Locale locale) {
    return "  " + d.getSeverity().getCode() + "\t" + d.getCode() + "\t" + d.getLocation() + "\t"
        + d.getMessage(locale);
  }

  /** What a summary names for a report: {@code a.json: 某局 2023 (2021)}. */
  static String head(String source, AnnualReport report) {
    return source + ": " + report.getOrgan() + " " + report.getYear() + " ("
        + report.getEdition().getCode() + ")";
  }

  /**
   * Prints the summary line, {@code head: N errors, N warnings}, counting exactly the diagnostics
   * it then prints, group after group.
   */
  @SafeVarargs
  static void print(PrintStream out, String head, Locale locale, List<Diagnostic>... groups) {
    out.println(head + ": " + Tally.of(groups));
    for (List<Diagnostic> group : groups) {
      for (Diagnostic d : group) {
        out.println(line(d, locale));
      }
    }
  }
}
