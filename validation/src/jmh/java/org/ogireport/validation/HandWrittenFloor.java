package org.ogireport.validation;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;

/**
 * The honest floor of {@link ValidationBenchmark}: every rule of the catalogue as one hand-written
 * loop over {@code getCells()} by index, with the index tables computed once per edition (as a
 * hand-tuned checker would), counting violations. No Bean Validation, no slot lookups, no
 * allocation; the current year is fixed once, as a caller could.
 */
final class HandWrittenFloor {

  private final int currentYear;
  private final Sums[] byEdition = new Sums[Edition.values().length];

  /** The index tables of one edition. */
  private static final class Sums {
    final int[][] rowParts;
    final int[] rowTotals;
    final int[][] outcomeParts;
    final int[] outcomeTotals;
    final int[][] balance;
    final int[][] litParts = new int[CaseBlock.values().length][];
    final int[] litTotals = new int[CaseBlock.values().length];
    final boolean[] disclosureSigned;
    final int[][] disclosureLeq;   // {left, right, right2 or -1}: left <= right (+ right2)
    final int[][] disclosureSum;   // {a, b}: a + b >= 0

    Sums(Edition edition) {
      TableLayout<ApplicationRow, Applicant> app = TableLayout.applications(edition);
      List<ApplicationRow> rows = app.getRows();
      rowParts = new int[rows.size()][];
      rowTotals = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        rowParts[i] = indices(app, rows.get(i), Applicant.parts());
        rowTotals[i] = app.getSlot(rows.get(i), Applicant.TOTAL).getIndex();
      }
      Applicant[] columns = Applicant.values();
      outcomeParts = new int[columns.length][];
      outcomeTotals = new int[columns.length];
      balance = new int[columns.length][];
      for (Applicant c : columns) {
        List<ApplicationRow> outcomes = ApplicationRow.outcomes(edition);
        outcomeParts[c.ordinal()] = new int[outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
          outcomeParts[c.ordinal()][i] = app.getSlot(outcomes.get(i), c).getIndex();
        }
        outcomeTotals[c.ordinal()] = app.getSlot(ApplicationRow.OUTCOME_TOTAL, c).getIndex();
        balance[c.ordinal()] = new int[] {
          app.getSlot(ApplicationRow.NEW_RECEIVED, c).getIndex(),
          app.getSlot(ApplicationRow.CARRIED_OVER, c).getIndex(),
          app.getSlot(ApplicationRow.OUTCOME_TOTAL, c).getIndex(),
          app.getSlot(ApplicationRow.CARRIED_FORWARD, c).getIndex()};
      }
      TableLayout<CaseBlock, CaseResult> lit = TableLayout.reviewAndLitigation();
      for (CaseBlock b : CaseBlock.values()) {
        litParts[b.ordinal()] = indices(lit, b, CaseResult.parts());
        litTotals[b.ordinal()] = lit.getSlot(b, CaseResult.TOTAL).getIndex();
      }
      List<int[]> leq = new ArrayList<>();
      List<int[]> sum = new ArrayList<>();
      TableLayout<?, ?> disclosure;
      if (edition == Edition.V2019) {
        TableLayout<Disclosure2019Row, Disclosure2019Column> t = TableLayout.proactiveDisclosure2019();
        disclosure = t;
        for (Disclosure2019Row row : List.of(Disclosure2019Row.RULES, Disclosure2019Row.NORMATIVE_DOCUMENTS)) {
          leq.add(new int[] {t.getSlot(row, Disclosure2019Column.NEWLY_PUBLISHED).getIndex(),
              t.getSlot(row, Disclosure2019Column.TOTAL_PUBLISHED).getIndex(), -1});
        }
        for (Disclosure2019Row row : Disclosure2019Row.values()) {
          if (row.getColumns().contains(Disclosure2019Column.CHANGE)) {
            sum.add(new int[] {t.getSlot(row, Disclosure2019Column.PREVIOUS_YEAR).getIndex(),
                t.getSlot(row, Disclosure2019Column.CHANGE).getIndex()});
          }
        }
      } else {
        TableLayout<Disclosure2021Row, Disclosure2021Column> t = TableLayout.proactiveDisclosure2021();
        disclosure = t;
        for (Disclosure2021Row row : List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS)) {
          leq.add(new int[] {t.getSlot(row, Disclosure2021Column.ISSUED).getIndex(),
              t.getSlot(row, Disclosure2021Column.IN_FORCE).getIndex(),
              t.getSlot(row, Disclosure2021Column.REPEALED).getIndex()});
        }
      }
      disclosureLeq = leq.toArray(new int[0][]);
      disclosureSum = sum.toArray(new int[0][]);
      disclosureSigned = new boolean[disclosure.size()];
      for (CellSlot<?, ?> slot : disclosure.getSlots()) {
        disclosureSigned[slot.getIndex()] = slot.getKind() == CellKind.SIGNED_COUNT;
      }
    }

    private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
        int[] indices(TableLayout<R, C> layout, R row, List<C> columns) {
      int[] out = new int[columns.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = layout.getSlot(row, columns.get(i)).getIndex();
      }
      return out;
    }
  }

  HandWrittenFloor(int currentYear) {
    this.currentYear = currentYear;
    for (Edition e : Edition.values()) {
      byEdition[e.ordinal()] = new Sums(e);
    }
  }

  /** The number of violations of every rule of the catalogue. */
  int violations(AnnualReport report) {
    Sums s = byEdition[report.getEdition().ordinal()];
    int violations = 0;
    List<Cell> app = report.getApplications().getCells();
    for (int i = 0; i < s.rowTotals.length; i++) {
      violations += count(app, s.rowTotals[i]) != sum(app, s.rowParts[i]) ? 1 : 0;
    }
    for (int c = 0; c < s.outcomeTotals.length; c++) {
      violations += count(app, s.outcomeTotals[c]) != sum(app, s.outcomeParts[c]) ? 1 : 0;
      int[] b = s.balance[c];
      violations += count(app, b[0]) + count(app, b[1]) != count(app, b[2]) + count(app, b[3])
          ? 1 : 0;
    }
    List<Cell> lit = report.getReviewAndLitigation().getCells();
    for (int b = 0; b < s.litTotals.length; b++) {
      violations += count(lit, s.litTotals[b]) != sum(lit, s.litParts[b]) ? 1 : 0;
    }
    List<Cell> disclosure = report.getProactiveDisclosure().getCells();
    for (int[] leq : s.disclosureLeq) {
      long bound = count(disclosure, leq[1]) + (leq[2] < 0 ? 0 : count(disclosure, leq[2]));
      violations += count(disclosure, leq[0]) > bound ? 1 : 0;
    }
    for (int[] sum : s.disclosureSum) {
      violations += count(disclosure, sum[0]) + count(disclosure, sum[1]) < 0 ? 1 : 0;
    }
    violations += cells(disclosure, s.disclosureSigned) + cells(app, null) + cells(lit, null);
    int year = report.getYear();
    violations += report.getEdition() != Edition.forYear(year) ? 1 : 0;
    violations += year < 2008 || year > currentYear ? 1 : 0;
    return violations;
  }

  /** CELL-NEGATIVE and CELL-MISSING over one table; {@code signed} null when none is signed. */
  private static int cells(List<Cell> cells, boolean[] signed) {
    int violations = 0;
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      violations += cell.isNegative() && (signed == null || !signed[i]) ? 1 : 0;
      violations += cell.isNumber() ? 0 : 1;
    }
    return violations;
  }

  private static long count(List<Cell> cells, int index) {
    return ((Count) cells.get(index)).orZero();
  }

  private static long sum(List<Cell> cells, int[] indices) {
    long sum = 0;
    for (int i : indices) {
      sum += ((Count) cells.get(i)).orZero();
    }
    return sum;
  }
}
