package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CellState;
import org.ogireport.core.Table;
import org.ogireport.core.diagnostic.Severity;

/**
 * How an import compares with the report as published, cell by cell: right, blank (a cell
 * printed with a value left blank, named or not by a diagnostic), or silently wrong (a value
 * read that is not the one printed: the worst outcome). The organ and the year are checked the
 * same way (an organ not found is a blank, another organ is silently wrong), outside the counts
 * of cells.
 *
 * @param total the cells of the report
 * @param right cells read as printed
 * @param silent cells read wrong, {@code path: expected ≠ read}
 * @param blanks cells left blank that print a value
 */
public record ImportScore(int total, int right, List<String> silent, List<Blank> blanks) {

  /**
   * A cell left blank.
   *
   * @param path the cell's JSON path
   * @param expected the cell as printed
   * @param named whether a diagnostic names the cell, its row or its table
   */
  public record Blank(String path, Cell expected, boolean named) {
    @Override
    public String toString() {
      return path + ": " + expected + (named ? "" : " (no diagnostic)");
    }
  }

  /** The score of an import, or of none ({@code result} null); a wrong edition makes every cell wrong. */
  public static ImportScore of(AnnualReport expected, ImportResult result) {
    AnnualReport actual = result == null ? null : result.getReport();
    int total = 0;
    for (Table<?, ?> t : expected.getTables()) {
      total += t.getLayout().size();
    }
    List<String> silent = new ArrayList<>();
    List<Blank> blanks = new ArrayList<>();
    if (actual == null || actual.getEdition() != expected.getEdition()) {
      silent.add(actual == null ? "not imported" : "edition " + actual.getEdition());
      return new ImportScore(total, 0, silent, blanks);
    }
    if (!actual.getOrgan().equals(expected.getOrgan())) {
      if (actual.getOrgan().isEmpty()) {
        blanks.add(new Blank("organ", null, named(result, "organ")));
      } else {
        silent.add("organ: " + expected.getOrgan() + " ≠ " + actual.getOrgan());
      }
    }
    if (actual.getYear() != expected.getYear()) {
      silent.add("year: " + expected.getYear() + " ≠ " + actual.getYear());
    }
    int right = 0;
    for (int t = 0; t < expected.getTables().size(); t++) {
      Table<?, ?> want = expected.getTables().get(t);
      Table<?, ?> got = actual.getTables().get(t);
      for (CellSlot<?, ?> slot : want.getLayout().getSlots()) {
        Cell w = want.getCells().get(slot.getIndex());
        Cell g = got.getCells().get(slot.getIndex());
        if (w.equals(g)) {
          right++;
        } else if (g.getState() != CellState.BLANK) {
          silent.add(slot.getPath() + ": " + w + " ≠ " + g);
        } else {
          blanks.add(new Blank(slot.getPath(), w, named(result, slot.getPath())));
        }
      }
    }
    return new ImportScore(total, right, silent, blanks);
  }

  /**
   * Whether an error or a warning names the cell, its row or its table (an info says what was
   * read without loss, never why a cell is blank).
   */
  static boolean named(ImportResult result, String path) {
    return result.getDiagnostics().stream().filter(d -> d.getSeverity() != Severity.INFO)
        .map(d -> d.getLocation().getPath())
        .anyMatch(p -> !p.isEmpty() && (path.equals(p) || path.startsWith(p + ".")));
  }

  /** Every cell not right: the silent ones and the blanks. */
  public List<String> wrong() {
    List<String> wrong = new ArrayList<>(silent);
    blanks.forEach(b -> wrong.add(b.toString()));
    return wrong;
  }

  /** The blank cells a diagnostic names. */
  public long namedBlanks() {
    return blanks.stream().filter(Blank::named).count();
  }

  /** A Markdown table of scores by name, with a total row. */
  public static String table(Map<String, ImportScore> scores) {
    StringBuilder sb = new StringBuilder("| report | cells | right | blank (named) | silently wrong "
        + "| % right |\n|---|---|---|---|---|---|\n");
    long[] sum = new long[5];
    scores.forEach((name, s) -> {
      sb.append(row(name, s.total(), s.right(), s.blanks().size(), s.namedBlanks(),
          s.silent().size()));
      sum[0] += s.total();
      sum[1] += s.right();
      sum[2] += s.blanks().size();
      sum[3] += s.namedBlanks();
      sum[4] += s.silent().size();
    });
    return sb.append(row("all", sum[0], sum[1], sum[2], sum[3], sum[4])).toString();
  }

  private static String row(String name, long total, long right, long blank, long named,
      long silent) {
    return String.format("| %s | %d | %d | %d (%d) | %d | %.2f |%n", name, total, right, blank,
        named, silent, total == 0 ? 0.0 : 100.0 * right / total);
  }
}
