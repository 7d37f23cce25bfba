package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CellState;
import org.ogireport.core.Table;

/**
 * How an import compares with the report as published, cell by cell: right, blank (with or
 * without a diagnostic naming the cell), or silently wrong (a value read that is not the one
 * printed; the worst outcome).
 *
 * @param total the cells of the report
 * @param right cells read as printed
 * @param silent cells read wrong, {@code path: expected ≠ read}
 * @param undecided blank cells expected to be undecidable, each named by a diagnostic
 * @param unexplained blank cells that should have been read, or undecidable ones no diagnostic
 *     names, {@code path: expected}
 */
public record ImportScore(
    int total, int right, List<String> silent, List<String> undecided, List<String> unexplained) {

  /**
   * The score of an import; a wrong edition makes every cell silently wrong.
   *
   * @param undecidable the paths of cells the printed text cannot decide
   */
  public static ImportScore of(
      AnnualReport expected, ImportResult result, Collection<String> undecidable) {
    AnnualReport actual = result == null ? null : result.getReport();
    int total = 0;
    for (Table<?, ?> t : expected.getTables()) {
      total += t.getLayout().size();
    }
    List<String> silent = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    if (actual == null || actual.getEdition() != expected.getEdition()) {
      silent.add(actual == null ? "not imported" : "edition " + actual.getEdition());
      return new ImportScore(total, 0, silent, undecided, unexplained);
    }
    int right = 0;
    for (int t = 0; t < expected.getTables().size(); t++) {
      Table<?, ?> want = expected.getTables().get(t);
      Table<?, ?> got = actual.getTables().get(t);
      for (CellSlot<?, ?> slot : want.getLayout().getSlots()) {
        Cell w = want.getCells().get(slot.getIndex());
        Cell g = got.getCells().get(slot.getIndex());
        String path = slot.getPath();
        if (w.equals(g)) {
          right++;
        } else if (g.getState() != CellState.BLANK) {
          silent.add(path + ": " + w + " ≠ " + g);
        } else if (undecidable.contains(path) && named(result, path)) {
          undecided.add(path);
        } else {
          unexplained.add(path + ": " + w + (named(result, path) ? "" : " (no diagnostic)"));
        }
      }
    }
    return new ImportScore(total, right, silent, undecided, unexplained);
  }

  /** Whether a diagnostic names the cell, its row or its table. */
  static boolean named(ImportResult result, String path) {
    return result.getDiagnostics().stream().map(ImportDiagnostic::getPath)
        .anyMatch(p -> !p.isEmpty() && (path.equals(p) || path.startsWith(p + ".")));
  }

  /** Blank cells: undecided and unexplained. */
  public int blank() {
    return undecided.size() + unexplained.size();
  }

  /** The share of cells right, in percent. */
  public double percentRight() {
    return 100.0 * right / total;
  }

  /** A Markdown table of scores by name, with a total row. */
  public static String table(Map<String, ImportScore> scores) {
    StringBuilder sb = new StringBuilder(
        "| report | cells | right | blank | silently wrong | % right |\n|---|---|---|---|---|---|\n");
    int[] sum = new int[4];
    scores.forEach((name, s) -> {
      sb.append(row(name, s.total(), s.right(), s.blank(), s.silent().size()));
      sum[0] += s.total();
      sum[1] += s.right();
      sum[2] += s.blank();
      sum[3] += s.silent().size();
    });
    return sb.append(row("all", sum[0], sum[1], sum[2], sum[3])).toString();
  }

  private static String row(String name, int total, int right, int blank, int silent) {
    return String.format("| %s | %d | %d | %d | %d | %.2f |%n", name, total, right, blank, silent,
        total == 0 ? 0.0 : 100.0 * right / total);
  }
}
