package org.ogireport.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Article20Item;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.OutcomeGroup;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.TableLayout;

/**
 * Reads the three tables from their regions of lines, walking the row enums of the edition:
 * cells are found by their row label and the row's column order, never by counting numbers
 * through the table.
 */
final class TableReaders {

  /** The label of table 四's single data row in diagnostics. */
  static final String REVIEW_ROW = "行政复议、行政诉讼";

  private final Diagnostics diagnostics;

  TableReaders(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  // ---- table 二 ----

  ProactiveDisclosure2019 disclosure2019(List<SourceLine> region) {
    ProactiveDisclosure2019.Builder builder = ProactiveDisclosure2019.builder();
    readRowTable(region, TableLayout.proactiveDisclosure2019(), null, builder);
    return builder.build();
  }

  ProactiveDisclosure2021 disclosure2021(List<SourceLine> region) {
    ProactiveDisclosure2021.Builder builder = ProactiveDisclosure2021.builder();
    readRowTable(region, TableLayout.proactiveDisclosure2021(), MoneyUnit.WAN_YUAN, builder);
    return builder.build();
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void readRowTable(
      List<SourceLine> region, TableLayout<R, C> layout, MoneyUnit formUnit,
      Table.Builder<?, R, C, ?> builder) {
    LabelMatcher<R> matcher = new LabelMatcher<>();
    for (R row : layout.getRows()) {
      matcher.add(row, row.getNumbering(), row.getLabel());
      if (row == Disclosure2021Row.NORMATIVE_DOCUMENTS) {
        matcher.add(row, "", Disclosure2019Row.NORMATIVE_DOCUMENTS.getLabel());
      }
    }
    Map<R, Rows.RawRow> read = new RowReader<>(matcher).read(Rows.of(region), diagnostics);
    int fallbackLine = region.isEmpty() ? 0 : region.get(0).number();
    for (R row : layout.getRows()) {
      Rows.RawRow raw = read.get(row);
      if (raw == null) {
        missing(builder, row, fallbackLine);
        continue;
      }
      setRow(builder, row, raw, formUnit);
    }
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void setRow(
      Table.Builder<?, R, C, ?> builder, R row, Rows.RawRow raw, MoneyUnit formUnit) {
    List<C> columns = row.getColumns();
    boolean money = columns.stream().anyMatch(c -> c.getKind().isMoney());
    List<Token> tokens = CellFitter.fit(raw.values(), columns.size(), label(row), raw.line(),
        money ? null : rules(row), diagnostics);
    for (int i = 0; i < columns.size(); i++) {
      C column = columns.get(i);
      Cell cell = column.getKind().isMoney()
          ? CellText.amount(tokens.get(i), formUnit, diagnostics)
          : CellText.count(tokens.get(i), column.getKind(), diagnostics);
      builder.set(row, column, cell);
    }
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void missing(
      Table.Builder<?, R, C, ?> builder, R row, int line) {
    diagnostics.add(DiagnosticCode.MISSING_ROW, line, label(row));
    for (C column : row.getColumns()) {
      builder.setBlank(row, column);
    }
  }

  private static String label(Row<?> row) {
    return row.getNumbering() + row.getLabel();
  }

  /** The form's rules on the numbers of one row, for run-together recovery. */
  static Predicate<long[]> rules(Row<?> row) {
    if (row instanceof ApplicationRow) {
      return p -> p[6] == p[0] + p[1] + p[2] + p[3] + p[4] + p[5];
    }
    if (row instanceof Disclosure2019Row r && r.getItem() == Article20Item.ITEM_1) {
      return p -> p[1] <= p[2];
    }
    if (row instanceof Disclosure2021Row r && r.getItem() == Article20Item.ITEM_1) {
      return p -> p[0] <= p[1] + p[2];
    }
    return p -> true;
  }

  // ---- table 三 ----

  /** A label that heads outcome rows without numbers of its own on the official form. */
  private enum Group { OUTCOMES }

  Applications applications(List<SourceLine> region, Edition edition) {
    LabelMatcher<Object> matcher = new LabelMatcher<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(edition) || row == ApplicationRow.OTHER_HANDLING) {
        matcher.add(row, row.getNumbering(), row.getLabel());
      }
    }
    for (OutcomeGroup group : OutcomeGroup.values()) {
      if (group != OutcomeGroup.OTHER_HANDLING) {
        matcher.add(group, group.getNumbering(), group.getLabel());
      }
    }
    matcher.add(Group.OUTCOMES, "三、", OutcomeGroup.OUTCOMES_LABEL);
    List<Rows.RawRow> raws = Rows.of(region);
    Map<Object, Rows.RawRow> read = new RowReader<>(matcher).read(raws, diagnostics);
    int subtotalColumn = subtotalColumn(raws, read);

    Applications.Builder builder = Applications.builder(edition);
    Map<ApplicationRow, List<Token>> fitted = new EnumMap<>(ApplicationRow.class);
    Rows.RawRow otherHandling = read.get(ApplicationRow.OTHER_HANDLING);
    boolean single = edition == Edition.V2021 && otherHandling != null
        && !read.containsKey(ApplicationRow.OTHER_NO_CORRECTION)
        && !read.containsKey(ApplicationRow.OTHER_UNPAID_FEE)
        && !read.containsKey(ApplicationRow.OTHER_OTHER);
    if (single) {
      diagnostics.add(DiagnosticCode.SINGLE_OTHER_HANDLING_ROW, otherHandling.line());
      read.put(ApplicationRow.OTHER_OTHER, otherHandling);
    }
    int fallbackLine = region.isEmpty() ? 0 : region.get(0).number();
    for (ApplicationRow row : ApplicationRow.rows(edition)) {
      Rows.RawRow raw = read.get(row);
      if (raw == null) {
        if (single && row.getGroup() == OutcomeGroup.OTHER_HANDLING) {
          Applicant.parts().forEach(c -> builder.setBlank(row, c));
          builder.setBlank(row, Applicant.TOTAL);
        } else {
          missing(builder, row, fallbackLine);
        }
        continue;
      }
      List<Token> tokens = fitApplicants(raw, label(row), rules(row), subtotalColumn);
      fitted.put(row, tokens);
      for (int i = 0; i < tokens.size(); i++) {
        builder.set(row, Applicant.values()[i],
            CellText.count(tokens.get(i), Applicant.values()[i].getKind(), diagnostics));
      }
    }
    Applications table = builder.build();
    checkGroups(read, edition, single, subtotalColumn, table);
    return table;
  }

  private List<Token> fitApplicants(
      Rows.RawRow raw, String label, Predicate<long[]> rules, int subtotalColumn) {
    List<Token> values = trimmedToEight(raw.values());
    if (subtotalColumn >= 0 && values.size() == 8) {
      Token subtotal = values.remove(subtotalColumn);
      long parts = 0;
      for (int i = 1; i <= 5; i++) {
        parts += numberOrZero(values.get(i));
      }
      long printed = numberOrZero(subtotal);
      if (printed != parts) {
        diagnostics.addAt(DiagnosticCode.SUBTOTAL_MISMATCH, subtotal.line(), subtotal.column(),
            label + " · " + Applicant.ORGANIZATIONS_LABEL, printed, parts);
      }
    }
    return CellFitter.fit(values, Applicant.values().length, label, raw.line(), rules,
        diagnostics);
  }

  /**
   * The values without the empty fields of trailing separators and spanned label columns, down
   * to seven; eight remain only where a subtotal column may be printed.
   */
  private static List<Token> trimmedToEight(List<Token> values) {
    List<Token> v = new ArrayList<>(values);
    while (v.size() > 7 && v.get(v.size() - 1).isEmpty()) {
      v.remove(v.size() - 1);
    }
    while (v.size() > 7 && v.get(0).isEmpty()) {
      v.remove(0);
    }
    return v;
  }

  /**
   * The position (1 or 6) of a 法人或其他组织 subtotal column among eight printed values, or -1
   * when the table has none: most data rows print eight values and one position adds up in
   * every row (or the header names 小计 before or after the five columns).
   */
  private int subtotalColumn(List<Rows.RawRow> raws, Map<Object, Rows.RawRow> read) {
    List<List<Token>> rows = new ArrayList<>();
    int eight = 0;
    for (Map.Entry<Object, Rows.RawRow> e : read.entrySet()) {
      if (e.getKey() instanceof ApplicationRow) {
        List<Token> v = trimmedToEight(e.getValue().values());
        rows.add(v);
        if (v.size() == 8) {
          eight++;
        }
      }
    }
    if (rows.isEmpty() || eight * 2 <= rows.size()) {
      return -1;
    }
    boolean afterPerson = true;
    boolean afterOrganizations = true;
    for (List<Token> v : rows) {
      if (v.size() != 8) {
        continue;
      }
      long[] n = v.stream().mapToLong(TableReaders::numberOrZero).toArray();
      afterPerson &= n[1] == n[2] + n[3] + n[4] + n[5] + n[6];
      afterOrganizations &= n[6] == n[1] + n[2] + n[3] + n[4] + n[5];
    }
    String header = raws.isEmpty() ? "" : TextNormalizer.key(raws.get(0).label());
    int subtotal = header.indexOf("小计");
    int enterprise = header.indexOf("商业企业");
    boolean headerSaysFirst = subtotal >= 0 && enterprise >= 0 && subtotal < enterprise;
    int column = afterPerson && (!afterOrganizations || headerSaysFirst) ? 1 : 6;
    Rows.RawRow first = read.values().iterator().next();
    diagnostics.add(DiagnosticCode.SUBTOTAL_COLUMN, first.line());
    return column;
  }

  /** The count a token prints (with its separators, sign or unit), 0 when it prints none. */
  private static long numberOrZero(Token token) {
    return CellText.count(token, CellKind.COUNT, new Diagnostics()).orZero();
  }

  /** Checks group subtotal rows (a local addition to the form) against their rows. */
  private void checkGroups(
      Map<Object, Rows.RawRow> read, Edition edition, boolean single, int subtotalColumn,
      Applications table) {
    for (Map.Entry<Object, Rows.RawRow> e : read.entrySet()) {
      Object key = e.getKey();
      List<ApplicationRow> members = new ArrayList<>();
      String name;
      if (key instanceof OutcomeGroup group) {
        name = group.getNumbering() + group.getLabel();
        ApplicationRow.outcomes(edition).stream().filter(r -> r.getGroup() == group)
            .forEach(members::add);
      } else if (key == Group.OUTCOMES) {
        name = OutcomeGroup.OUTCOMES_LABEL;
        members.addAll(ApplicationRow.outcomes(edition));
      } else if (key == ApplicationRow.OTHER_HANDLING && edition == Edition.V2021 && !single) {
        name = OutcomeGroup.OTHER_HANDLING.getNumbering() + OutcomeGroup.OTHER_HANDLING.getLabel();
        ApplicationRow.outcomes(edition).stream()
            .filter(r -> r.getGroup() == OutcomeGroup.OTHER_HANDLING).forEach(members::add);
      } else {
        continue;
      }
      Rows.RawRow raw = e.getValue();
      diagnostics.add(DiagnosticCode.GROUP_SUBTOTAL_ROW, raw.line(), name);
      List<Token> tokens = fitApplicants(raw, name, null, subtotalColumn);
      for (int i = 0; i < tokens.size(); i++) {
        Count printed = CellText.count(tokens.get(i), Applicant.values()[i].getKind(),
            new Diagnostics());
        // exact: the parts may be any long, their sum beyond it
        BigInteger sum = table.sumExact(members, Applicant.values()[i]);
        if (printed.isNumber() && !BigInteger.valueOf(printed.getValue()).equals(sum)) {
          diagnostics.addAt(DiagnosticCode.SUBTOTAL_MISMATCH, tokens.get(i).line(),
              tokens.get(i).column(), name + " · " + Applicant.values()[i].getLabel(),
              printed.getValue(), sum);
        }
      }
    }
  }

  // ---- table 四 ----

  ReviewAndLitigation reviewAndLitigation(List<SourceLine> region) {
    List<Token> values = new ArrayList<>();
    int line = region.isEmpty() ? 0 : region.get(0).number();
    int cells = CaseBlock.values().length * CaseResult.values().length;
    boolean started = false;
    for (Rows.RawRow raw : Rows.of(region)) {
      if (!raw.hasNumber() || values.size() >= cells) {
        continue;
      }
      if (!started) {
        line = raw.line();
        started = true;
      }
      values.addAll(raw.values());
    }
    ReviewAndLitigation.Builder builder = ReviewAndLitigation.builder();
    if (!started) {
      diagnostics.add(DiagnosticCode.MISSING_ROW, line, REVIEW_ROW);
      for (CaseBlock block : CaseBlock.values()) {
        for (CaseResult result : CaseResult.values()) {
          builder.setBlank(block, result);
        }
      }
      return builder.build();
    }
    List<Token> tokens = CellFitter.fit(values, cells, REVIEW_ROW, line, p -> {
      for (int b = 0; b < 15; b += 5) {
        if (p[b + 4] != p[b] + p[b + 1] + p[b + 2] + p[b + 3]) {
          return false;
        }
      }
      return true;
    }, diagnostics);
    int i = 0;
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.values()) {
        builder.set(block, result, CellText.count(tokens.get(i++), result.getKind(), diagnostics));
      }
    }
    return builder.build();
  }
}
