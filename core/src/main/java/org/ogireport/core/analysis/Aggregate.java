package org.ogireport.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CellState;
import org.ogireport.core.Count;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.Table;

/**
 * The sum of many reports of one edition and year into one report of the same shape (a county's
 * summary of its departments, "逐级汇总"), with the contributors kept.
 *
 * <pre>{@code
 * Aggregate county = Aggregate.of("某某县", List.of(office2024, police2024, schools2024));
 * county.getReport().getApplications().get(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
 * county.getContributors();   // [某某县政府办公室, 某某县公安局, 某某县教育局]
 * }</pre>
 *
 * <p>How cells add up, cell by cell (every cell of every table, totals included, so the
 * aggregate's printed totals are the sums of the contributors' printed totals):
 * <ul>
 *   <li>a cell without a number (blank or marker) in <em>every</em> report stays without one (a
 *       marker if all printed a marker, else blank): nobody reported it;
 *   <li>otherwise blanks and markers count as 0, as in the rules, and the cell is the exact sum of
 *       the numbers ({@link Math#addExact}; an overflow is an {@link ArithmeticException} naming
 *       the cell and the report at which it overflowed);
 *   <li>money (2019 采购总金额, 2021 本年收费金额) is summed exactly: in the common unit when every
 *       number has the same one (known, or all unknown); in 元 when the known units differ; a 0
 *       printed without unit is zero in any unit and does not count as unknown; and when some
 *       non-zero numbers have a unit and others none, the sum would be meaningless, so the cell
 *       is left blank and its path listed in {@link #getUnsummedCells()}. The 2021 fees are all
 *       万元 by the form, so only 2019 procurement can meet the last two cases.
 * </ul>
 *
 * <p>If the inputs satisfy the cross-sum rules (row totals, outcome totals, the balance, table 四
 * totals), so does the aggregate: each rule is linear. The narrative sections are empty. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Aggregate {

  Aggregate() {}

  /**
   * {@return the summed report, under the organ the caller gave, of the contributors' edition and
   * year} Its sections are empty and it has no publication date.
   */
  public abstract AnnualReport getReport();

  /** {@return the organs of the contributing reports, in the order given, repeats kept} */
  public abstract List<String> getContributors();

  /**
   * {@return the JSON paths of the money cells that could not be summed because some reports
   * printed a unit and others none, e.g. {@code proactiveDisclosure.procurement.amount}; empty
   * when every cell was summed} Those cells are blank in {@link #getReport()}.
   */
  public abstract List<String> getUnsummedCells();

  /**
   * Sums reports of one edition and year, cell by cell.
   *
   * @param organ the organ of the summary, e.g. {@code 某某县人民政府}; not null
   * @param reports the contributors, at least one, all of one edition and one year; not null
   * @return the aggregate
   * @throws IllegalArgumentException when there is no report, or naming the first report whose
   *     edition or year differs from the first one's
   * @throws ArithmeticException when a sum overflows a {@code long}, naming the cell
   */
  public static Aggregate of(String organ, List<? extends AnnualReport> reports) {
    Objects.requireNonNull(organ, "organ");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("nothing to aggregate: no reports given");
    }
    AnnualReport first = reports.get(0);
    for (int i = 1; i < reports.size(); i++) {
      AnnualReport report = reports.get(i);
      if (report.getEdition() != first.getEdition() || report.getYear() != first.getYear()) {
        throw new IllegalArgumentException(
            "reports of one edition and year only: report " + (i + 1) + ", "
                + Reports.describe(report) + ", differs from the first, "
                + Reports.describe(first));
      }
    }
    List<String> unsummed = new ArrayList<>();
    List<List<Cell>> tables = new ArrayList<>();
    for (int t = 0; t < first.getTables().size(); t++) {
      Table<?, ?> shape = first.getTables().get(t);
      List<Cell> cells = new ArrayList<>(shape.getCells().size());
      for (CellSlot<?, ?> slot : shape.getLayout().getSlots()) {
        List<Cell> inputs = new ArrayList<>(reports.size());
        for (AnnualReport report : reports) {
          inputs.add(report.getTables().get(t).getCells().get(slot.getIndex()));
        }
        Cell sum = slot.getKind().isMoney()
            ? sumAmounts(inputs)
            : sumCounts(slot.getPath(), inputs, reports);
        if (sum == null) {
          unsummed.add(slot.getPath());
          sum = Amount.blank();
        }
        cells.add(sum);
      }
      tables.add(cells);
    }
    List<String> contributors = new ArrayList<>();
    for (AnnualReport report : reports) {
      contributors.add(report.getOrgan());
    }
    return ImmutableAggregate.builder()
        .report(Reports.assemble(first.getEdition(), organ, first.getYear(), tables))
        .contributors(contributors)
        .unsummedCells(unsummed)
        .build();
  }

  private static Optional<CellState> noNumberState(List<Cell> inputs) {
    CellState state = null;
    for (Cell cell : inputs) {
      if (cell.isNumber()) {
        return Optional.empty();
      }
      state = state == null || state == cell.getState() ? cell.getState() : CellState.BLANK;
    }
    return Optional.of(state);
  }

  private static Cell sumCounts(
      String path, List<Cell> inputs, List<? extends AnnualReport> reports) {
    Optional<CellState> none = noNumberState(inputs);
    if (none.isPresent()) {
      return none.get() == CellState.MARKER ? Count.marker() : Count.blank();
    }
    long total = 0;
    for (int i = 0; i < inputs.size(); i++) {
      try {
        total = Math.addExact(total, ((Count) inputs.get(i)).orZero());
      } catch (ArithmeticException e) {
        throw new ArithmeticException(
            path + ": the sum overflows a long when adding " + inputs.get(i) + " of "
                + Reports.describe(reports.get(i)));
      }
    }
    return Count.of(total);
  }

  /** The sum of money cells, or null when units known and unknown are mixed. */
  private static Cell sumAmounts(List<Cell> inputs) {
    Optional<CellState> none = noNumberState(inputs);
    if (none.isPresent()) {
      return none.get() == CellState.MARKER ? Amount.marker() : Amount.blank();
    }
    List<Amount> numbers = new ArrayList<>();
    for (Cell cell : inputs) {
      // a zero is zero in any unit: a 0 printed without unit does not make the sum unknown
      if (cell.isNumber() && !(cell.toDecimalOrZero().signum() == 0
          && ((Amount) cell).getUnit().isEmpty())) {
        numbers.add((Amount) cell);
      }
    }
    if (numbers.isEmpty()) {
      return Amount.ofUnknownUnit(BigDecimal.ZERO);
    }
    Optional<MoneyUnit> unit = numbers.get(0).getUnit();
    boolean sameUnit = numbers.stream().allMatch(a -> a.getUnit().equals(unit));
    boolean allKnown = numbers.stream().allMatch(a -> a.getUnit().isPresent());
    BigDecimal total = BigDecimal.ZERO;
    if (sameUnit) {
      for (Amount a : numbers) {
        total = total.add(a.getValue());
      }
      return Amount.of(total, unit);
    }
    if (!allKnown) {
      return null;
    }
    for (Amount a : numbers) {
      total = total.add(a.toYuan().orElseThrow());
    }
    return Amount.of(total, MoneyUnit.YUAN);
  }
}
