package org.ogireport.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/**
 * Reads the three tables from their regions of lines, walking the row enums of the edition:
 * cells are found by their row label and the row's column order, never by counting numbers
 * through the table; rows printed without labels are placed by the form's row order
 * ({@link RowPositions}); cells printed run together are taken apart for the whole table at
 * once ({@link CellSolver}).
 */
final class TableReaders {

  /** The label of table 四's single data row in diagnostics. */
  static final String REVIEW_ROW = "行政复议、行政诉讼";
  private static final String INFORMATION_CONTENT = "信息内容";

  private final Diagnostics diagnostics;
  private final Hints hints;

  TableReaders(Diagnostics diagnostics, Hints hints) {
    this.diagnostics = diagnostics;
    this.hints = hints;
  }

  // ---- table 二 ----

  /** Table 二 of an edition. */
  Table<?, ?> proactiveDisclosure(List<SourceLine> region, Edition edition) {
    return edition == Edition.V2019 ? disclosure2019(region) : disclosure2021(region);
  }

  private ProactiveDisclosure2019 disclosure2019(List<SourceLine> region) {
    ProactiveDisclosure2019.Builder builder = ProactiveDisclosure2019.builder();
    readRowTable(region, TableLayout.proactiveDisclosure2019(), null, builder,
        FormRules.disclosure2019(hints), List::of);
    return builder.build();
  }

  private ProactiveDisclosure2021 disclosure2021(List<SourceLine> region) {
    ProactiveDisclosure2021.Builder builder = ProactiveDisclosure2021.builder();
    readRowTable(region, TableLayout.proactiveDisclosure2021(), MoneyUnit.WAN_YUAN, builder,
        FormRules.disclosure2021(hints), () -> FormRules.disclosure2021Narrative(hints));
    return builder.build();
  }

  /** The labels of a table: to match row labels, and to find them in text run together. */
  private record Labels<K>(LabelMatcher<K> matcher, LabelFinder finder) {}

  private static final Labels<Disclosure2019Row> DISCLOSURE_2019 =
      buildLabels(TableLayout.proactiveDisclosure2019());
  private static final Labels<Disclosure2021Row> DISCLOSURE_2021 =
      buildLabels(TableLayout.proactiveDisclosure2021());

  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Labels<R>
      buildLabels(TableLayout<R, C> layout) {
    LabelMatcher<R> matcher = new LabelMatcher<>();
    LabelFinder finder = new LabelFinder().add("", INFORMATION_CONTENT);
    for (Article20Item item : Article20Item.values()) {
      finder.add("", item.getCaption());
    }
    for (R row : layout.getRows()) {
      matcher.add(row, row.getNumbering(), row.getLabel());
      finder.add(row.getNumbering(), row.getLabel());
      if (row == Disclosure2021Row.NORMATIVE_DOCUMENTS) {
        matcher.add(row, "", Disclosure2019Row.NORMATIVE_DOCUMENTS.getLabel());
        finder.add("", Disclosure2019Row.NORMATIVE_DOCUMENTS.getLabel());
      }
    }
    return new Labels<>(matcher, finder);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Labels<R>
      labels(TableLayout<R, C> layout) {
    return (Labels<R>) (layout.getEdition().orElseThrow() == Edition.V2019
        ? DISCLOSURE_2019 : DISCLOSURE_2021);
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void readRowTable(
      List<SourceLine> region, TableLayout<R, C> layout, MoneyUnit formUnit,
      Table.Builder<?, R, C, ?> builder, List<RuleInstance<R>> rules,
      Supplier<List<RuleInstance<R>>> narrative) {
    Labels<R> labels = labels(layout);
    LabelMatcher<R> matcher = labels.matcher();
    LabelFinder finder = labels.finder();
    List<SourceLine> lines = Unfolder.table(region, finder);
    RowReader.Read<R> read = new RowReader<R>(matcher, r -> where(layout, r))
        .read(Rows.of(lines, diagnostics), diagnostics);
    RowPositions.place(read, layout.getRows(), RowPositions::label, r -> where(layout, r),
        diagnostics);
    CellSolver<R> solver = new CellSolver<>(diagnostics);
    for (R row : layout.getRows()) {
      Rows.RawRow raw = read.rows().get(row);
      if (raw != null) {
        solver.row(row, RowPositions.label(row), where(layout, row), raw.line(), raw.values(),
            kinds(row));
      }
    }
    rules.forEach(solver::rule);
    solver.laterRules(narrative);
    Map<R, List<Token>> cells = solver.solve();
    int fallbackLine = region.isEmpty() ? 0 : region.get(0).number();
    for (R row : layout.getRows()) {
      List<Token> tokens = cells.get(row);
      if (tokens == null) {
        missing(builder, layout, row, fallbackLine);
        continue;
      }
      List<C> columns = row.getColumns();
      for (int i = 0; i < columns.size(); i++) {
        C column = columns.get(i);
        Cell cell = column.getKind().isMoney()
            ? PrintedValue.amount(tokens.get(i), formUnit, cell(layout, row, column), diagnostics)
            : PrintedValue.count(tokens.get(i), cell(layout, row, column), diagnostics);
        builder.set(row, column, cell);
      }
    }
  }

  private static List<CellKind> kinds(Row<?> row) {
    return row.getColumns().stream().map(Column::getKind).toList();
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void missing(
      Table.Builder<?, R, C, ?> builder, TableLayout<R, C> layout, R row, int line) {
    diagnostics.add(DiagnosticCode.MISSING_ROW, where(layout, row), line, 0,
        RowPositions.label(row));
    for (C column : row.getColumns()) {
      builder.setBlank(row, column);
    }
  }

  /** A row, e.g. {@code applications.outcomes.granted}. */
  private static Location where(TableLayout<?, ?> layout, Row<?> row) {
    return Location.of(layout.getTable(), row);
  }

  /** A cell, e.g. {@code applications.outcomes.granted.total}. */
  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Location cell(
      TableLayout<R, C> layout, R row, C column) {
    return Location.of(layout.getSlot(row, column));
  }

  // ---- table 三 ----

  /** A label that heads outcome rows without numbers of its own on the official form. */
  private enum Group { OUTCOMES }

  private static final String NOTE = "本列数据的勾稽关系";
  /** A subtotal column whose place (before or after the five columns) nothing tells. */
  private static final int SUBTOTAL_EITHER = -2;
  private static final String APPLICANTS = "申请人情况";

  private static final LabelFinder APPLICATIONS_FINDER = applicationsFinder();
  private static final Map<Edition, LabelMatcher<Object>> APPLICATIONS_MATCHERS =
      new EnumMap<>(Edition.class);

  static {
    for (Edition edition : Edition.values()) {
      APPLICATIONS_MATCHERS.put(edition, applicationsMatcher(edition));
    }
  }

  private static LabelFinder applicationsFinder() {
    LabelFinder finder = new LabelFinder().add("", NOTE).add("", APPLICANTS);
    for (ApplicationRow row : ApplicationRow.values()) {
      finder.add(row.getNumbering(), row.getLabel());
    }
    for (OutcomeGroup group : OutcomeGroup.values()) {
      finder.add(group.getNumbering(), group.getLabel());
    }
    return finder.add("三、", OutcomeGroup.OUTCOMES_LABEL);
  }

  private static LabelMatcher<Object> applicationsMatcher(Edition edition) {
    LabelMatcher<Object> matcher = new LabelMatcher<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.isIn(edition) || row == ApplicationRow.OTHER_HANDLING) {
        matcher.add(row, row.getNumbering(), row.getLabel());
      }
    }
    for (OutcomeGroup group : OutcomeGroup.values()) {
      if (group != OutcomeGroup.OTHER_HANDLING) {
        matcher.addGroup(group, group.getNumbering(), group.getLabel());
      }
    }
    return matcher.addGroup(Group.OUTCOMES, "三、", OutcomeGroup.OUTCOMES_LABEL);
  }

  Applications applications(List<SourceLine> region, Edition edition) {
    TableLayout<ApplicationRow, Applicant> layout = TableLayout.applications(edition);
    LabelMatcher<Object> matcher = APPLICATIONS_MATCHERS.get(edition);
    LabelFinder finder = APPLICATIONS_FINDER;
    List<Rows.RawRow> raws = Rows.of(Unfolder.table(region, finder), diagnostics);
    RowReader.Read<Object> read = new RowReader<Object>(matcher,
        k -> k instanceof ApplicationRow row ? where(layout, row)
            : Location.of(ReportField.APPLICATIONS)).read(raws, diagnostics);
    List<ApplicationRow> form = ApplicationRow.rows(edition);
    Map<Object, Rows.RawRow> rows = read.rows();
    Rows.RawRow otherHandling = rows.get(ApplicationRow.OTHER_HANDLING);
    boolean single = edition == Edition.V2021 && otherHandling != null
        && !rows.containsKey(ApplicationRow.OTHER_NO_CORRECTION)
        && !rows.containsKey(ApplicationRow.OTHER_UNPAID_FEE)
        && !rows.containsKey(ApplicationRow.OTHER_OTHER);
    List<ApplicationRow> printed = form;
    if (single) {
      // a single （六）其他处理 row stands where the form's three rows stand: read as 3.其他
      diagnostics.add(DiagnosticCode.SINGLE_OTHER_HANDLING_ROW,
          where(layout, ApplicationRow.OTHER_OTHER), otherHandling.line(), 0);
      rows.put(ApplicationRow.OTHER_OTHER, otherHandling);
      read.order().replaceAll(k -> k == ApplicationRow.OTHER_HANDLING ? ApplicationRow.OTHER_OTHER : k);
      printed = form.stream().filter(r -> r.getGroup() != OutcomeGroup.OTHER_HANDLING
          || r == ApplicationRow.OTHER_OTHER).toList();
    }
    List<ApplicationRow> placed = RowPositions.place(read, printed, RowPositions::label,
        r -> where(layout, r), diagnostics);
    int subtotalColumn = subtotalColumn(raws, rows);

    Applications.Builder builder = Applications.builder(edition);
    CellSolver<ApplicationRow> solver = new CellSolver<>(diagnostics);
    List<CellKind> kinds = kinds(ApplicationRow.NEW_RECEIVED);
    for (ApplicationRow row : form) {
      Rows.RawRow raw = rows.get(row);
      if (raw != null) {
        solver.row(row, RowPositions.label(row), where(layout, row), raw.line(),
            withoutSubtotal(raw, RowPositions.label(row), subtotalColumn), kinds);
        if (subtotalColumn != -1 && trimmed(raw.values(), 8).size() == kinds.size()) {
          // seven values where the table prints eight columns: one may be lost anywhere
          solver.shortOfColumns(row, kinds.size() + 1);
        }
      }
    }
    List<RuleInstance<ApplicationRow>> rules = FormRules.applications(edition, printed, hints);
    rules.forEach(solver::rule);
    solver.laterRules(() -> FormRules.applicationsNarrative(hints));
    Map<ApplicationRow, List<Token>> cells = solver.solve();
    if (!placed.isEmpty() && !confirmed(placed, cells, rules)) {
      for (ApplicationRow row : placed) {
        diagnostics.add(DiagnosticCode.POSITION_UNCONFIRMED, where(layout, row),
            rows.get(row).line(), 0, RowPositions.label(row));
        cells.remove(row);
      }
    }
    int fallbackLine = region.isEmpty() ? 0 : region.get(0).number();
    for (ApplicationRow row : form) {
      List<Token> tokens = cells.get(row);
      if (tokens == null) {
        if (single && row.getGroup() == OutcomeGroup.OTHER_HANDLING) {
          Applicant.parts().forEach(c -> builder.setBlank(row, c));
          builder.setBlank(row, Applicant.TOTAL);
        } else if (placed.contains(row)) {
          Applicant.parts().forEach(c -> builder.setBlank(row, c));
          builder.setBlank(row, Applicant.TOTAL);
        } else {
          missing(builder, layout, row, fallbackLine);
        }
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        builder.set(row, Applicant.values()[i],
            PrintedValue.count(tokens.get(i), cell(layout, row, Applicant.values()[i]), diagnostics));
      }
    }
    Applications table = builder.build();
    checkGroups(rows, edition, single, subtotalColumn, table);
    return table;
  }

  /**
   * Whether the rows placed by position are confirmed by the table's decisive rules: every
   * rule instance on a placed row whose cells all print numbers holds (a blank or marked cell
   * may stand for anything, so it neither confirms nor refutes).
   */
  private static boolean confirmed(List<ApplicationRow> placed,
      Map<ApplicationRow, List<Token>> cells, List<RuleInstance<ApplicationRow>> rules) {
    for (RuleInstance<ApplicationRow> rule : rules) {
      if (!rule.isDecisive()
          || rule.terms().stream().noneMatch(t -> placed.contains(t.row()))
          || rule.terms().stream().anyMatch(t -> cells.get(t.row()) == null)) {
        continue;
      }
      long sum = rule.constantTerm();
      boolean numbers = true;
      for (RuleInstance.Term<ApplicationRow> t : rule.terms()) {
        Count v = PrintedValue.count(cells.get(t.row()).get(t.column()));
        numbers &= v.isNumber();
        sum += t.coefficient() * v.orZero();
      }
      if (numbers && !rule.holds(sum)) {
        return false;
      }
    }
    return true;
  }

  /** The values of a row of table 三 without a 法人或其他组织 subtotal, which is checked. */
  private List<Token> withoutSubtotal(Rows.RawRow raw, String label, int subtotalColumn) {
    List<Token> values = trimmed(raw.values(), 8);
    if (subtotalColumn == SUBTOTAL_EITHER && values.size() == 8) {
      // where the subtotal stands is not known: keep the cells both places read alike
      List<Token> kept = new ArrayList<>(List.of(values.get(0)));
      for (int i = 1; i <= 5; i++) {
        Token a = values.get(i + 1);
        Token b = values.get(i);
        kept.add(a.text().equals(b.text()) ? a : Token.empty(a.line(), a.column()));
      }
      kept.add(values.get(7));
      return kept;
    }
    if (subtotalColumn >= 0 && values.size() == 8) {
      Token subtotal = values.remove(subtotalColumn);
      long parts = 0;
      for (int i = 1; i <= 5; i++) {
        parts += numberOrZero(values.get(i));
      }
      long printed = numberOrZero(subtotal);
      if (printed != parts) {
        diagnostics.add(DiagnosticCode.SUBTOTAL_MISMATCH, Location.report(), subtotal.line(),
            subtotal.column(), label + " · " + Applicant.ORGANIZATIONS_LABEL, printed, parts);
      }
    }
    return values;
  }

  /**
   * The values without the empty fields of trailing separators and spanned label columns, down
   * to {@code size}: eight where a subtotal column is printed, seven to tell whether it is.
   */
  private static List<Token> trimmed(List<Token> values, int size) {
    List<Token> v = new ArrayList<>(values);
    while (v.size() > size && v.get(v.size() - 1).isEmpty()) {
      v.remove(v.size() - 1);
    }
    while (v.size() > size && v.get(0).isEmpty()) {
      v.remove(0);
    }
    return v;
  }

  /**
   * The position (1 or 6) of a 法人或其他组织 subtotal column among eight printed values, -1
   * when the table has none: most data rows print eight values and one position adds up in
   * every row (or the header names 小计 before or after the five columns); or
   * {@link #SUBTOTAL_EITHER} when both add up, the header is silent and the two places read
   * differently.
   */
  private int subtotalColumn(List<Rows.RawRow> raws, Map<Object, Rows.RawRow> read) {
    List<List<Token>> rows = new ArrayList<>();
    int eight = 0;
    for (Map.Entry<Object, Rows.RawRow> e : read.entrySet()) {
      if (e.getKey() instanceof ApplicationRow) {
        List<Token> v = trimmed(e.getValue().values(), 7);
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
    StringBuilder labels = new StringBuilder();
    raws.forEach(r -> labels.append(r.label()));
    String header = TextNormalizer.key(labels.toString());
    int subtotal = header.indexOf("小计");
    int enterprise = header.indexOf("商业企业");
    Rows.RawRow first = read.values().iterator().next();
    boolean differ = read.entrySet().stream()
        .filter(e -> e.getKey() instanceof ApplicationRow)
        .map(e -> trimmed(e.getValue().values(), 8))
        .anyMatch(v -> v.size() == 8 && readsDifferently(v));
    if (afterPerson && afterOrganizations && (subtotal < 0 || enterprise < 0) && differ) {
      diagnostics.add(DiagnosticCode.SUBTOTAL_COLUMN_UNPLACED,
          Location.of(ReportField.APPLICATIONS), first.line(), 0);
      return SUBTOTAL_EITHER;
    }
    boolean headerSaysFirst = subtotal >= 0 && enterprise >= 0 && subtotal < enterprise;
    int column = afterPerson && (!afterOrganizations || headerSaysFirst) ? 1 : 6;
    diagnostics.add(DiagnosticCode.SUBTOTAL_COLUMN, Location.of(ReportField.APPLICATIONS),
        first.line(), 0);
    return column;
  }

  /** Whether eight values read as other cells with the subtotal first or last of the group. */
  private static boolean readsDifferently(List<Token> v) {
    for (int i = 1; i <= 5; i++) {
      if (!v.get(i).text().equals(v.get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** The count a token prints (with its separators, sign or unit), 0 when it prints none. */
  private static long numberOrZero(Token token) {
    return PrintedValue.count(token).orZero();
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
      diagnostics.add(DiagnosticCode.GROUP_SUBTOTAL_ROW, Location.of(ReportField.APPLICATIONS),
          raw.line(), 0, name);
      List<Token> tokens = withoutSubtotal(raw, name, subtotalColumn);
      for (int i = 0; i < Math.min(tokens.size(), Applicant.values().length); i++) {
        Count printed = PrintedValue.count(tokens.get(i));
        // exact: the parts may be any long, their sum beyond it
        BigInteger sum = table.sumExact(members, Applicant.values()[i]);
        if (printed.isNumber() && !BigInteger.valueOf(printed.getValue()).equals(sum)) {
          diagnostics.add(DiagnosticCode.SUBTOTAL_MISMATCH, Location.report(),
              tokens.get(i).line(), tokens.get(i).column(), name + " · " + Applicant.values()[i].getLabel(),
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
    Location where = Location.of(ReportField.REVIEW_AND_LITIGATION);
    if (!started) {
      diagnostics.add(DiagnosticCode.MISSING_ROW, where, line, 0, REVIEW_ROW);
      for (CaseBlock block : CaseBlock.values()) {
        for (CaseResult result : CaseResult.values()) {
          builder.setBlank(block, result);
        }
      }
      return builder.build();
    }
    CellSolver<String> solver = new CellSolver<>(diagnostics);
    List<CellKind> kinds = new ArrayList<>();
    for (int i = 0; i < cells; i++) {
      kinds.add(CellKind.COUNT);
    }
    solver.row(FormRules.REVIEW_ROW, REVIEW_ROW, where, line, values, kinds);
    solver.unlabelled(FormRules.REVIEW_ROW);
    FormRules.review(hints).forEach(solver::rule);
    solver.laterRules(() -> FormRules.reviewNarrative(hints));
    List<Token> tokens = solver.solve().get(FormRules.REVIEW_ROW);
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.values()) {
        builder.set(block, result, PrintedValue.count(
            tokens.get(FormRules.reviewColumn(block, result)),
            Location.of(TableLayout.reviewAndLitigation().getSlot(block, result)), diagnostics));
      }
    }
    return builder.build();
  }
}
