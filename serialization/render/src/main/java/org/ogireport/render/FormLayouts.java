package org.ogireport.render;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Article20Item;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Column;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.TableLayout;

/**
 * Lays out each table as its official form, by walking the layouts and the row and column enums.
 */
final class FormLayouts {

  /** Label columns of table 三: 三、本年度办理结果, the group, the item. */
  private static final int APPLICATION_LABEL_COLUMNS = 3;

  private FormLayouts() {}

  static FormGrid grid(Table<?, ?> table) {
    return switch (table.getLayout().getTable()) {
      case PROACTIVE_DISCLOSURE -> proactiveDisclosure(table);
      case APPLICATIONS -> applications((Applications) table);
      case REVIEW_AND_LITIGATION -> reviewAndLitigation(table);
    };
  }

  /**
   * Table 二: per Article 20 item a caption row over the whole width, a header row starting
   * {@code 信息内容}, and its data rows; an item's last column spans what its columns leave.
   */
  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> FormGrid
      proactiveDisclosure(Table<R, C> table) {
    TableLayout<R, C> layout = table.getLayout();
    int dataWidth = 0;
    for (R row : layout.getRows()) {
      dataWidth = Math.max(dataWidth, row.getColumns().size());
    }
    int width = 1 + dataWidth;
    List<List<FormCell>> rows = new ArrayList<>();
    Article20Item item = null;
    for (R row : layout.getRows()) {
      List<C> columns = row.getColumns();
      if (FormLabels.article20Item(row) != item) {
        item = FormLabels.article20Item(row);
        rows.add(List.of(FormCell.header(item.getCaption(), 1, width)));
        List<FormCell> header = new ArrayList<>();
        header.add(FormCell.header(FormLabels.CONTENT, 1, 1));
        for (int i = 0; i < columns.size(); i++) {
          header.add(FormCell.header(columns.get(i).getLabel(), 1, span(i, columns.size(), dataWidth)));
        }
        rows.add(header);
      }
      List<FormCell> cells = new ArrayList<>();
      cells.add(FormCell.label(row.getLabel(), 1, 1));
      for (int i = 0; i < columns.size(); i++) {
        cells.add(FormCell.data(
            CellText.of(table.get(row, columns.get(i)), columns.get(i)), span(i, columns.size(), dataWidth)));
      }
      rows.add(cells);
    }
    return new FormGrid(layout.getTable(), width, rows);
  }

  /** The last of {@code count} columns spans what the others leave of {@code width}. */
  private static int span(int index, int count, int width) {
    return index == count - 1 ? width - count + 1 : 1;
  }

  /**
   * Table 三: the balance note over the label columns, 申请人情况 over 自然人 / 法人或其他组织 (its
   * five columns beneath) / 总计, then the rows with 三、本年度办理结果 and each outcome group
   * spanning their rows.
   */
  private static FormGrid applications(Applications table) {
    TableLayout<ApplicationRow, Applicant> layout = table.getLayout();
    List<Applicant> columns = List.of(Applicant.values());
    int width = APPLICATION_LABEL_COLUMNS + columns.size();
    List<List<FormCell>> rows = new ArrayList<>();

    rows.add(List.of(
        FormCell.header(FormLabels.BALANCE_NOTE, 3, APPLICATION_LABEL_COLUMNS),
        FormCell.header(FormLabels.APPLICANTS, 1, columns.size())));
    List<FormCell> kinds = new ArrayList<>();
    List<FormCell> organizations = new ArrayList<>();
    for (Applicant column : columns) {
      if (column.isOrganization()) {
        if (organizations.isEmpty()) {
          kinds.add(null); // the 法人或其他组织 header, sized below
        }
        organizations.add(FormCell.header(column.getLabel(), 1, 1));
      } else {
        kinds.add(FormCell.header(column.getLabel(), 2, 1));
      }
    }
    kinds.set(kinds.indexOf(null),
        FormCell.header(Applicant.ORGANIZATIONS_LABEL, 1, organizations.size()));
    rows.add(kinds);
    rows.add(organizations);

    int outcomeRows = 0;
    for (ApplicationRow row : layout.getRows()) {
      outcomeRows += isUnderOutcomes(row) ? 1 : 0;
    }
    ApplicationRow previous = null;
    for (ApplicationRow row : layout.getRows()) {
      List<FormCell> cells = new ArrayList<>();
      if (!isUnderOutcomes(row)) {
        cells.add(FormCell.label(row.getNumberedLabel(), 1, APPLICATION_LABEL_COLUMNS));
      } else {
        if (previous == null || !isUnderOutcomes(previous)) {
          cells.add(FormCell.label(FormLabels.OUTCOMES, outcomeRows, 1));
        }
        if (row.getGroup() == null) {
          cells.add(FormCell.label(row.getNumberedLabel(), 1, 2));
        } else {
          if (previous == null || previous.getGroup() != row.getGroup()) {
            cells.add(FormCell.label(
                FormLabels.parentLabel(row), groupSize(layout.getRows(), row), 1));
          }
          cells.add(FormCell.label(row.getNumberedLabel(), 1, 1));
        }
      }
      for (Applicant column : columns) {
        cells.add(FormCell.data(CellText.of(table.get(row, column), column), 1));
      }
      rows.add(cells);
      previous = row;
    }
    return new FormGrid(layout.getTable(), width, rows);
  }

  private static boolean isUnderOutcomes(ApplicationRow row) {
    return row.getPart() == ApplicationRow.Part.OUTCOME
        || row.getPart() == ApplicationRow.Part.OUTCOME_TOTAL;
  }

  private static int groupSize(List<ApplicationRow> rows, ApplicationRow member) {
    int size = 0;
    for (ApplicationRow row : rows) {
      size += row.getGroup() == member.getGroup() ? 1 : 0;
    }
    return size;
  }

  /**
   * Table 四: one data row of fifteen cells under a three-row header: 行政复议 over its five
   * results (each spanning two rows), 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over its five.
   */
  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> FormGrid
      reviewAndLitigation(Table<R, C> table) {
    TableLayout<R, C> layout = table.getLayout();
    int results = CaseResult.values().length;
    List<FormCell> parents = new ArrayList<>();
    List<FormCell> blocks = new ArrayList<>();
    List<FormCell> resultHeaders = new ArrayList<>();
    List<FormCell> data = new ArrayList<>();
    String openParent = null;
    int parentBlocks = 0;
    for (R row : layout.getRows()) {
      String parent = FormLabels.parentLabel(row);
      if (openParent != null && !openParent.equals(parent)) {
        parents.add(FormCell.header(openParent, 1, parentBlocks * results));
        openParent = null;
      }
      if (parent.isEmpty()) {
        parents.add(FormCell.header(row.getLabel(), 1, results));
      } else {
        if (parent.equals(openParent)) {
          parentBlocks++;
        } else {
          openParent = parent;
          parentBlocks = 1;
        }
        blocks.add(FormCell.header(row.getLabel(), 1, results));
      }
      for (C column : row.getColumns()) {
        FormCell header = FormCell.header(column.getLabel(), parent.isEmpty() ? 2 : 1, 1);
        (parent.isEmpty() ? blocks : resultHeaders).add(header);
        data.add(FormCell.data(CellText.of(table.get(row, column), column), 1));
      }
    }
    if (openParent != null) {
      parents.add(FormCell.header(openParent, 1, parentBlocks * results));
    }
    int width = data.size();
    return new FormGrid(layout.getTable(), width, List.of(parents, blocks, resultHeaders, data));
  }
}
