package org.ogireport.importer.variants;

import static org.ogireport.importer.variants.Grid.label;
import static org.ogireport.importer.variants.Grid.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Article20Item;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Amount;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.OutcomeGroup;
import org.ogireport.core.Row;
import org.ogireport.core.Table;

/** Draws the three tables of a report as the official form does, through a {@link Printer}. */
final class FormGrids {

  private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  private static final String[] CHANGE_HEADERS = {"本年数量", "本年增", "本年减", "本年增减"};
  private static final String[] FEE_HEADERS = {"收费金额（万元）", "本年收费金额", "收费金额（单位：万元）"};

  private final Printer printer;

  FormGrids(Printer printer) {
    this.printer = printer;
  }

  // ---- table 二 ----

  Grid disclosure(AnnualReport report) {
    Table<?, ?> table = report.getTables().get(0);
    return report.getEdition() == Edition.V2019
        ? disclosure(table, Disclosure2019Row.values(), null)
        : disclosure(table, Disclosure2021Row.values(), MoneyUnit.WAN_YUAN);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Grid disclosure(
      Table<?, ?> table, R[] rows, MoneyUnit formUnit) {
    Table<R, C> t = (Table) table;
    Map<Article20Item, List<R>> items = new LinkedHashMap<>();
    for (R row : rows) {
      items.computeIfAbsent(item(row), k -> new ArrayList<>()).add(row);
    }
    Grid grid = new Grid();
    for (Map.Entry<Article20Item, List<R>> e : items.entrySet()) {
      grid.row(List.of(label(printer.label(e.getKey().getCaption()), 1, 4)));
      List<C> columns = e.getValue().get(0).getColumns();
      List<Grid.Cell> header = new ArrayList<>();
      header.add(label(printer.label("信息内容")));
      for (int i = 0; i < columns.size(); i++) {
        header.add(label(printer.label(header(columns.get(i))), 1, span(columns.size(), i)));
      }
      grid.row(header);
      for (R row : e.getValue()) {
        List<Grid.Cell> cells = new ArrayList<>();
        cells.add(label(printer.label(rowLabel(row))));
        for (int i = 0; i < columns.size(); i++) {
          C column = columns.get(i);
          Cell cell = t.get(row, column);
          String text = cell instanceof Amount a
              ? printer.amount(a, formUnit) : printer.count((Count) cell, column.getKind());
          cells.add(value(text, span(columns.size(), i)));
        }
        grid.row(cells);
      }
    }
    return grid;
  }

  /** The colspan of the i-th of n value cells in a four-column table 二. */
  private static int span(int n, int i) {
    return i == n - 1 ? 4 - n : 1;
  }

  private static Article20Item item(Row<?> row) {
    return row instanceof Disclosure2019Row r ? r.getItem() : ((Disclosure2021Row) row).getItem();
  }

  private String header(Column column) {
    if (printer.has(Quirk.HEADER_VARIANTS) && printer.random().nextBoolean()) {
      if (column == Disclosure2019Column.CHANGE) {
        return CHANGE_HEADERS[printer.random().nextInt(CHANGE_HEADERS.length)];
      }
      if (column == Disclosure2021Column.AMOUNT) {
        return FEE_HEADERS[printer.random().nextInt(FEE_HEADERS.length)];
      }
    }
    return column.getLabel();
  }

  private String rowLabel(Row<?> row) {
    if (row == Disclosure2021Row.NORMATIVE_DOCUMENTS && printer.has(Quirk.HEADER_VARIANTS)) {
      return Disclosure2019Row.NORMATIVE_DOCUMENTS.getLabel();
    }
    return row.getLabel();
  }

  // ---- table 三 ----

  /**
   * Table 三; {@code subtotalAt} is the place (1 or 6) of a printed 法人或其他组织 subtotal
   * column among the values, or -1; {@code singleOtherHandling} prints one （六） row.
   */
  Grid applications(Applications table, int subtotalAt, boolean singleOtherHandling) {
    int extra = subtotalAt < 0 ? 0 : 1;
    Grid grid = new Grid();
    grid.row(List.of(label(printer.label(NOTE), 3, 3), label("申请人情况", 1, 7 + extra)));
    grid.row(List.of(label("自然人", 2, 1),
        label(printer.headerWrapped(Applicant.ORGANIZATIONS_LABEL, 5), 1, 5 + extra),
        label("总计", 2, 1)));
    List<Grid.Cell> organizations = new ArrayList<>();
    int[] wrapAt = {2, 2, 4, 4, 0};
    for (Applicant a : Applicant.values()) {
      if (a.isOrganization()) {
        organizations.add(label(printer.headerWrapped(a.getLabel(), wrapAt[a.ordinal() - 1])));
      }
    }
    if (subtotalAt >= 0) {
      organizations.add(subtotalAt == 1 ? 0 : organizations.size(), label("小计"));
    }
    grid.row(organizations);

    Edition edition = table.getEdition();
    List<ApplicationRow> rows = new ArrayList<>(ApplicationRow.rows(edition));
    if (singleOtherHandling) {
      rows.removeIf(r -> r.getGroup() == OutcomeGroup.OTHER_HANDLING && r != ApplicationRow.OTHER_OTHER);
    }
    int outcomeRows = (int) rows.stream().filter(r -> r.isOutcome()
        || r == ApplicationRow.OUTCOME_TOTAL).count();
    OutcomeGroup lastGroup = null;
    boolean outcomesStarted = false;
    for (ApplicationRow row : rows) {
      List<Grid.Cell> cells = new ArrayList<>();
      boolean inOutcomes = row.isOutcome() || row == ApplicationRow.OUTCOME_TOTAL;
      OutcomeGroup group = singleOtherHandling && row == ApplicationRow.OTHER_OTHER
          ? null : row.getGroup();
      if (!inOutcomes) {
        cells.add(label(printer.label(row.getNumberedLabel()), 1, 3));
      } else {
        if (!outcomesStarted) {
          cells.add(label(printer.groupLabel("三、" + OutcomeGroup.OUTCOMES_LABEL), outcomeRows, 1));
          outcomesStarted = true;
        }
        if (group == null) {
          String text = row == ApplicationRow.OTHER_OTHER
              ? OutcomeGroup.OTHER_HANDLING.getNumbering() + OutcomeGroup.OTHER_HANDLING.getLabel()
              : row.getNumberedLabel();
          cells.add(label(printer.label(text), 1, 2));
        } else {
          if (group != lastGroup) {
            int size = (int) rows.stream().filter(r -> r.getGroup() == group).count();
            cells.add(label(printer.groupLabel(group.getNumbering() + group.getLabel()), size, 1));
          }
          cells.add(label(printer.label(row.getNumberedLabel())));
        }
      }
      lastGroup = group;
      List<String> values = new ArrayList<>();
      long organizationsSum = 0;
      for (Applicant a : Applicant.values()) {
        Count count = table.getCount(row, a);
        values.add(printer.count(count, a.getKind()));
        if (a.isOrganization()) {
          organizationsSum += count.orZero();
        }
      }
      if (subtotalAt >= 0) {
        values.add(subtotalAt, printer.count(Count.of(organizationsSum), Applicant.TOTAL.getKind()));
      }
      values.forEach(v -> cells.add(value(v)));
      grid.row(cells);
    }
    return grid;
  }

  // ---- table 四 ----

  Grid review(Table<CaseBlock, CaseResult> table) {
    Grid grid = new Grid();
    grid.row(List.of(label(printer.label("行政复议"), 1, 5), label(printer.label("行政诉讼"), 1, 10)));
    List<Grid.Cell> second = new ArrayList<>();
    for (CaseResult result : CaseResult.values()) {
      second.add(label(printer.label(result.getLabel()), 2, 1));
    }
    String direct = printer.has(Quirk.HEADER_VARIANTS) ? "未经复议直接诉讼"
        : CaseBlock.LITIGATION_DIRECT.getLabel();
    second.add(label(printer.label(direct), 1, 5));
    second.add(label(printer.label(CaseBlock.LITIGATION_AFTER_REVIEW.getLabel()), 1, 5));
    grid.row(second);
    List<Grid.Cell> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (CaseResult result : CaseResult.values()) {
        third.add(label(printer.label(result.getLabel())));
      }
    }
    grid.row(third);
    List<Grid.Cell> values = new ArrayList<>();
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.values()) {
        values.add(value(printer.count(table.getCount(block, result), result.getKind())));
      }
    }
    grid.row(values);
    return grid;
  }
}
