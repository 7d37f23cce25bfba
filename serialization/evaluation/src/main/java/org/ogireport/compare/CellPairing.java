package org.ogireport.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.OutcomeGroup;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * Which cells of two years' tables are compared with which, stated once.
 *
 * <p>Two cells are the same cell when their JSON paths are equal: the report format names a cell
 * by what it counts, so within one edition every cell pairs with itself, and across the
 * 2020→2021 edition change exactly the cells both forms share pair up: all of table 三 but
 * （六）其他处理, all of table 四, and in table 二 the 处理决定数量 of 行政许可, 行政处罚 and 行政强制
 * (labelled 本年处理决定数量 on the 2021 form, which also counts decisions not published). Table
 * 二's item （一） columns (made / published / published in total against issued / repealed / in
 * force), 其他对外管理服务事项, the fee item counts and amounts and item （九） have no counterpart.
 *
 * <p>An outcome group of table 三 whose rows differ between the two forms (（六）其他处理: one row
 * in 2019, three in 2021) is compared as a whole, column by column, by the sum of its rows; its
 * rows themselves are listed as not comparable.
 */
final class CellPairing {

  private final AnnualReport previous;
  private final AnnualReport current;
  private final BiFunction<Integer, String, List<Diagnostic>> findings;

  /**
   * @param findings the findings on a path in a year's report
   */
  CellPairing(AnnualReport previous, AnnualReport current,
      BiFunction<Integer, String, List<Diagnostic>> findings) {
    this.previous = previous;
    this.current = current;
    this.findings = findings;
  }

  /** Every cell of the three tables: this year's in layout order, then group sums, then last year's unmatched. */
  List<CellComparison> compareAll() {
    List<CellComparison> all = new ArrayList<>();
    for (int t = 0; t < current.getTables().size(); t++) {
      compare(previous.getTables().get(t), current.getTables().get(t), all);
    }
    return all;
  }

  private void compare(Table<?, ?> before, Table<?, ?> after, List<CellComparison> out) {
    TableLayout<?, ?> beforeLayout = before.getLayout();
    TableLayout<?, ?> afterLayout = after.getLayout();
    TableId table = afterLayout.getTable();
    Map<OutcomeGroup, String> regrouped = regroupedNotes(beforeLayout, afterLayout);
    for (CellSlot<?, ?> slot : afterLayout.getSlots()) {
      Side now = side(current, List.of(slot), after);
      Optional<? extends CellSlot<?, ?>> match = beforeLayout.findSlot(slot.getPath());
      if (match.isPresent()) {
        Side then = side(previous, List.of(match.get()), before);
        String labels = match.get().getLabel().equals(slot.getLabel()) ? null
            : previous.getYear() + "年表中为 " + match.get().getLabel();
        out.add(pair(table, slot.getPath(), slot.getLabel(), then, now, labels));
      } else {
        out.add(alone(table, slot, null, now, regrouped.getOrDefault(group(slot), onlyIn(current))));
      }
    }
    for (OutcomeGroup group : regrouped.keySet()) {
      for (Applicant column : Applicant.values()) {
        Side then = side(previous, members(beforeLayout, group, column), before);
        Side now = side(current, members(afterLayout, group, column), after);
        Side single = then.isGroup() ? now : then;
        String label = "表" + table.getNumbering().replace("、", "") + " " + group.getNumbering()
            + group.getLabel() + "（合计）·" + column.getLabel();
        out.add(pair(table, single.getSlots().get(0).getPath(), label, then, now,
            "两年表式对" + group.getNumbering() + group.getLabel() + "的分项不同：按合计比较"));
      }
    }
    for (CellSlot<?, ?> slot : beforeLayout.getSlots()) {
      if (afterLayout.findSlot(slot.getPath()).isEmpty()) {
        Side then = side(previous, List.of(slot), before);
        out.add(alone(table, slot, then, null,
            regrouped.getOrDefault(group(slot), onlyIn(previous))));
      }
    }
  }

  /** The outcome groups whose rows differ between the forms, with the note for their rows. */
  private Map<OutcomeGroup, String> regroupedNotes(
      TableLayout<?, ?> before, TableLayout<?, ?> after) {
    Map<OutcomeGroup, String> notes = new LinkedHashMap<>();
    if (before.getTable() != TableId.APPLICATIONS) {
      return notes;
    }
    for (OutcomeGroup group : OutcomeGroup.values()) {
      if (!rowPaths(before, group).equals(rowPaths(after, group))) {
        notes.put(group, previous.getYear() + "年与" + current.getYear() + "年表式对"
            + group.getNumbering() + group.getLabel() + "的分项不同：分项不可比，合计见下");
      }
    }
    return notes;
  }

  private static List<String> rowPaths(TableLayout<?, ?> layout, OutcomeGroup group) {
    List<String> paths = new ArrayList<>();
    for (Object row : layout.getRows()) {
      ApplicationRow r = (ApplicationRow) row;
      if (r.getJsonPath().startsWith(group.getJsonPath())) {
        paths.add(r.getJsonPath());
      }
    }
    return paths;
  }

  /** The group a table 三 slot belongs to by its path, or null. */
  private static OutcomeGroup group(CellSlot<?, ?> slot) {
    if (slot.getTable() != TableId.APPLICATIONS) {
      return null;
    }
    String row = ((ApplicationRow) slot.getRow()).getJsonPath();
    for (OutcomeGroup group : OutcomeGroup.values()) {
      if (row.startsWith(group.getJsonPath())) {
        return group;
      }
    }
    return null;
  }

  private static List<CellSlot<?, ?>> members(
      TableLayout<?, ?> layout, OutcomeGroup group, Applicant column) {
    List<CellSlot<?, ?>> slots = new ArrayList<>();
    for (CellSlot<?, ?> slot : layout.getSlots()) {
      if (slot.getColumn() == column && group(slot) == group) {
        slots.add(slot);
      }
    }
    return slots;
  }

  private static String onlyIn(AnnualReport report) {
    return "仅" + report.getYear() + "年的表式（" + report.getEdition().getCode() + "版）有此单元格";
  }

  private static Side side(AnnualReport report, List<CellSlot<?, ?>> slots, Table<?, ?> table) {
    List<Cell> cells = new ArrayList<>();
    for (CellSlot<?, ?> slot : slots) {
      cells.add(table.getCells().get(slot.getIndex()));
    }
    return new Side(report.getYear(), report.getEdition(), slots, cells);
  }

  private CellComparison alone(
      TableId table, CellSlot<?, ?> slot, Side then, Side now, String note) {
    return new CellComparison(table, slot.getPath(), slot.getLabel(), then, now,
        Change.NOT_COMPARABLE, null, null, note, findingsOn(then, now));
  }

  private CellComparison pair(
      TableId table, String path, String label, Side then, Side now, String note) {
    List<Diagnostic> found = findingsOn(then, now);
    Optional<BigDecimal> before = then.getValue();
    Optional<BigDecimal> after = now.getValue();
    if (before.isEmpty() || after.isEmpty()) {
      boolean same = before.isEmpty() && after.isEmpty();
      return new CellComparison(table, path, label, then, now,
          same ? Change.UNCHANGED : Change.NUMBER_MISSING, null, null, note, found);
    }
    BigDecimal a = before.get();
    BigDecimal b = after.get();
    if (then.isMoney() && !then.getUnit().equals(now.getUnit())) {
      if (then.getUnit().isEmpty() || now.getUnit().isEmpty()) {
        return new CellComparison(table, path, label, then, now, Change.NOT_COMPARABLE, null,
            null, "一年的金额未注明单位，无法比较", found);
      }
      a = then.getUnit().get().toYuan(a);
      b = now.getUnit().get().toYuan(b);
      note = (note == null ? "" : note + "；") + "两年单位不同：差额以" + MoneyUnit.YUAN.getLabel() + "计";
    }
    BigDecimal difference = b.subtract(a);
    Change change = switch (difference.signum()) {
      case 0 -> Change.UNCHANGED;
      case 1 -> Change.INCREASED;
      default -> Change.DECREASED;
    };
    BigDecimal relative = a.signum() == 0 ? null
        : difference.divide(a.abs(), 4, RoundingMode.HALF_EVEN);
    return new CellComparison(
        table, path, label, then, now, change, difference, relative, note, found);
  }

  private List<Diagnostic> findingsOn(Side then, Side now) {
    List<Diagnostic> found = new ArrayList<>();
    for (Side side : new Side[] {then, now}) {
      if (side != null) {
        for (CellSlot<?, ?> slot : side.getSlots()) {
          found.addAll(findings.apply(side.getYear(), slot.getPath()));
        }
      }
    }
    return found;
  }
}
