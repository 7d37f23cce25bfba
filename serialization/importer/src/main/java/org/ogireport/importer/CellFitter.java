package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fits the values printed after a label to the number of cells of the row: drops empty fields
 * that come from trailing separators or spanned label columns, reports extra values, recovers
 * cells printed run together where the form's rules leave one split, and leaves missing cells
 * blank, each with a diagnostic.
 */
final class CellFitter {

  private CellFitter() {}

  /**
   * Exactly {@code cells} tokens for a row (empty tokens for blank cells).
   *
   * @param rules the form's rules on the row's numbers, for run-together recovery; null when
   *     the row may not be split (money)
   */
  static List<Token> fit(
      List<Token> printed, int cells, String row, int line, Predicate<long[]> rules,
      Diagnostics diagnostics) {
    List<Token> v = new ArrayList<>(printed);
    while (v.size() > cells && v.get(v.size() - 1).isEmpty()) {
      v.remove(v.size() - 1);
    }
    while (v.size() > cells && v.get(0).isEmpty()) {
      v.remove(0);
    }
    if (v.size() > cells) {
      List<Token> extra = v.subList(cells, v.size());
      Token first = extra.get(0);
      diagnostics.addAt(DiagnosticCode.EXTRA_NUMBER, first.line(), first.column(), row, cells,
          v.size(), extra.stream().map(Token::text).collect(Collectors.joining(" ")));
      return new ArrayList<>(v.subList(0, cells));
    }
    if (v.size() < cells) {
      List<Token> numbers = v.stream().filter(t -> !t.isEmpty()).toList();
      if (rules != null && cells > 1 && numbers.size() == 1 && CellText.isDigitRun(numbers.get(0))
          && numbers.get(0).text().length() >= cells) {
        return recover(numbers.get(0), cells, row, rules, diagnostics);
      }
      int at = v.isEmpty() ? line : v.get(v.size() - 1).line();
      diagnostics.add(DiagnosticCode.MISSING_CELLS, at, row, cells, v.size());
      while (v.size() < cells) {
        v.add(Token.empty(at, 0));
      }
    }
    return v;
  }

  private static List<Token> recover(
      Token run, int cells, String row, Predicate<long[]> rules, Diagnostics diagnostics) {
    String digits = TextNormalizer.fold(run.text());
    RunTogether.Splits splits = RunTogether.split(digits, cells, rules);
    long[] unique = splits.unique();
    List<Token> out = new ArrayList<>(cells);
    if (unique == null) {
      diagnostics.addAt(DiagnosticCode.RUN_TOGETHER_AMBIGUOUS, run.line(), run.column(), row,
          run.text(), splits.found().size());
      for (int i = 0; i < cells; i++) {
        out.add(Token.empty(run.line(), run.column()));
      }
      return out;
    }
    diagnostics.addAt(DiagnosticCode.RUN_TOGETHER_RECOVERED, run.line(), run.column(), row,
        run.text(), Arrays.toString(unique));
    for (long part : unique) {
      out.add(new Token(Long.toString(part), run.line(), run.column()));
    }
    return out;
  }
}
