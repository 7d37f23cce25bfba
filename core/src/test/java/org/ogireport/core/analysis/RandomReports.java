package org.ogireport.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;

/**
 * Seeded random reports for property tests. With {@code consistent} the cross-sum rules hold
 * (row totals, outcome totals, balance, table 四 totals), and only cells whose value is 0 are
 * printed blank or with a marker, so the rules still hold reading them as 0.
 */
final class RandomReports {

  private RandomReports() {}

  static AnnualReport generate(Random random, Edition edition, int year, String organ,
      boolean consistent, MoneyUnit moneyUnit) {
    Applications.Builder applications = Applications.builder(edition);
    List<ApplicationRow> outcomes = ApplicationRow.outcomes(edition);
    for (Applicant column : Applicant.parts()) {
      long received = random.nextInt(50);
      long carriedOver = random.nextInt(5);
      long handled = received + carriedOver == 0 ? 0 : random.nextInt((int) (received + carriedOver) + 1);
      applications.set(ApplicationRow.NEW_RECEIVED, column, received);
      applications.set(ApplicationRow.CARRIED_OVER, column, carriedOver);
      for (long i = 0; i < handled; i++) {
        ApplicationRow row = outcomes.get(random.nextInt(outcomes.size()));
        applications.set(row, column,
            ((Count) applications.get(row, column)).orZero() + 1);
      }
      applications.set(ApplicationRow.CARRIED_FORWARD, column, received + carriedOver - handled);
    }
    applications.fillTotals();
    ReviewAndLitigation.Builder cases = ReviewAndLitigation.builder();
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.parts()) {
        cases.set(block, result, random.nextInt(4));
      }
    }
    cases.fillTotals();
    AnnualReport blank = AnnualReport.blank(edition, organ, year);
    List<List<Cell>> tables = new ArrayList<>();
    List<Table<?, ?>> filled =
        List.of(blank.getProactiveDisclosure(), applications.build(), cases.build());
    for (Table<?, ?> table : filled) {
      List<Cell> cells = new ArrayList<>(table.getCells());
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        Cell cell = cells.get(slot.getIndex());
        if (table == blank.getProactiveDisclosure()) {
          cell = slot.getKind().isMoney()
              ? Amount.of(BigDecimal.valueOf(random.nextInt(100_000), 2),
                  Optional.ofNullable(moneyUnit))
              : Count.of(random.nextInt(200) - (slot.getKind() == CellKind.SIGNED_COUNT ? 100 : 0));
        }
        if (!consistent && random.nextInt(10) == 0) {
          cell = slot.getKind().isMoney() ? Amount.blank() : Count.of(random.nextInt(1000));
        }
        int blankDice = random.nextInt(20);
        if (cell.toDecimalOrZero().signum() == 0 && blankDice < 2) {
          cell = blankDice == 0
              ? (slot.getKind().isMoney() ? Amount.blank() : Count.blank())
              : (slot.getKind().isMoney() ? Amount.marker() : Count.marker());
        }
        cells.set(slot.getIndex(), cell);
      }
      tables.add(cells);
    }
    return Reports.assemble(edition, organ, year, tables);
  }

  /**
   * The cross-sum rules of the catalogue that fail, in plain arithmetic (blank = 0): empty when
   * APP-ROW-TOTAL, APP-OUTCOME-TOTAL, APP-BALANCE and LIT-TOTAL all hold.
   */
  static List<String> brokenRules(AnnualReport report) {
    List<String> broken = new ArrayList<>();
    Applications t = report.getApplications();
    for (ApplicationRow row : t.getLayout().getRows()) {
      if (t.getCount(row, Applicant.TOTAL).orZero() != t.computedRowTotal(row)) {
        broken.add("APP-ROW-TOTAL " + row.getJsonPath());
      }
    }
    for (Applicant column : Applicant.values()) {
      long printed = t.getCount(ApplicationRow.OUTCOME_TOTAL, column).orZero();
      if (printed != t.computedOutcomeTotal(column)) {
        broken.add("APP-OUTCOME-TOTAL " + column.getJsonName());
      }
      long in = t.getCount(ApplicationRow.NEW_RECEIVED, column).orZero()
          + t.getCount(ApplicationRow.CARRIED_OVER, column).orZero();
      long out = printed + t.getCount(ApplicationRow.CARRIED_FORWARD, column).orZero();
      if (in != out) {
        broken.add("APP-BALANCE " + column.getJsonName());
      }
    }
    ReviewAndLitigation cases = report.getReviewAndLitigation();
    for (CaseBlock block : CaseBlock.values()) {
      if (cases.getCount(block, CaseResult.TOTAL).orZero() != cases.computedTotal(block)) {
        broken.add("LIT-TOTAL " + block.getJsonPath());
      }
    }
    return broken;
  }
}
