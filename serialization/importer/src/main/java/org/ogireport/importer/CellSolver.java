package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ogireport.core.CellKind;
import org.ogireport.core.Count;
import org.ogireport.core.diagnostic.Location;

/**
 * Fits the values each row of a table prints to the row's cells, solving the whole table at
 * once where cells ran together ({@code 640020470} for seven cells).
 *
 * <p>Each row gets its candidate splits ({@link RunSplitter}); the decisive rules of the
 * catalogue that tie one row's cells together (APP-ROW-TOTAL, LIT-TOTAL) filter them; the rules
 * across rows (APP-OUTCOME-TOTAL and APP-BALANCE per column) then choose among the assignments
 * of the whole table. Where one assignment remains, it is taken and a diagnostic names the rules
 * used; where several remain, the cells they agree on are taken and the others left blank with
 * a diagnostic listing the candidates. A table whose printed numbers break a rule is still
 * read: when no assignment fits, each rule instance is relaxed in turn and an assignment that
 * fits all the others is taken if it is the only one, saying which rule the report breaks.
 * Warning rules, the series rules and the narrative's figures choose only among what the
 * decisive rules leave. Rows not found, and rows left undecided, take part in no rule.
 *
 * <p>The searches are bounded ({@link RunSplitter}, {@value #MAX_SOLUTIONS} assignments,
 * {@value #BUDGET} steps): beyond the bound nothing is guessed, the undecided cells are blank.
 * One instance per table read; not thread-safe.
 *
 * @param <K> the row key
 */
final class CellSolver<K> {

  static final int MAX_SOLUTIONS = 64;
  static final int BUDGET = 1_000_000;
  private static final int LISTED = 6;

  private final Diagnostics diagnostics;
  private final Map<K, RowState> rows = new LinkedHashMap<>();
  private final List<RuleInstance<K>> rules = new ArrayList<>();
  private Supplier<List<RuleInstance<K>>> later = List::of;

  CellSolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The state of one row while solving. */
  private final class RowState {
    final K key;
    final String name;
    final Location where;
    final int line;
    final List<Token> printed;
    final List<CellKind> kinds;
    List<Token> cells;
    /** The printed values, folded, for the splitter. */
    List<String> texts;
    /** The row's own totals and the rule instances they come from. */
    final Map<RuleInstance<K>, RunSplitter.Sum> sums = new LinkedHashMap<>();
    /** The splits that satisfy the row's own totals. */
    List<String[]> all;
    List<String[]> candidates;
    long[][] values;
    boolean incomplete;
    boolean unknown;
    /** Whether the printed values were all well-formed, so that splitting one is a guess. */
    boolean speculative;
    /** The number of values a row printing fewer than its cells printed; -1 for other rows. */
    int padded = -1;
    /** The number of columns the row's table prints, when more than the row's cells. */
    int columns = -1;
    /** The decisive rule instances on this row alone, found on first use. */
    List<RuleInstance<K>> local;
    /** Whether the row has no label, so that a blank field may pad it at either end. */
    boolean unlabelled;
    final Set<String> used = new LinkedHashSet<>();

    RowState(K key, String name, Location where, int line, List<Token> printed,
        List<CellKind> kinds) {
      this.key = key;
      this.name = name;
      this.where = where;
      this.line = line;
      this.printed = printed;
      this.kinds = kinds;
    }

    boolean isOpen() {
      return cells == null && !unknown;
    }

    Token anchor() {
      return printed.stream().filter(t -> !t.isEmpty()).findFirst()
          .orElse(Token.empty(line, 0));
    }

    String printedText() {
      return printed.stream().map(Token::text).filter(t -> !t.isEmpty())
          .collect(Collectors.joining(" "));
    }
  }

  /**
   * Adds a row found in the report.
   *
   * @param name the row's label, for messages
   * @param where the row, for diagnostics
   * @param printed the values printed after the label, empty tokens for blank cells
   * @param kinds the kinds of the row's cells, in order
   */
  void row(K key, String name, Location where, int line, List<Token> printed,
      List<CellKind> kinds) {
    rows.put(key, new RowState(key, name, where, line, printed, kinds));
  }

  /**
   * Marks a row printed without a label, whose blank fields beyond its cells may stand at either
   * end (a cell a Word export adds to a short row, its style stripped by a site): table 四's row
   * of values. See {@link #window}.
   *
   * @param key the row
   */
  void unlabelled(K key) {
    rows.get(key).unlabelled = true;
  }

  /**
   * Marks a row whose printed values fill its cells only if one of them was lost (a row of a
   * table with a subtotal column that prints one value fewer than the table's columns): its
   * values are kept only where the rules confirm them, as for a row printing fewer values than
   * its cells.
   *
   * @param key the row
   * @param columns the number of columns the table prints
   */
  void shortOfColumns(K key, int columns) {
    RowState row = rows.get(key);
    row.columns = columns;
  }

  /** Adds a rule instance on the table's cells. */
  void rule(RuleInstance<K> rule) {
    rules.add(rule);
  }

  /**
   * Adds rule instances that only choose (figures of the narrative), found only if some split
   * is left to choose.
   */
  void laterRules(Supplier<List<RuleInstance<K>>> rules) {
    Supplier<List<RuleInstance<K>>> before = later;
    later = () -> {
      List<RuleInstance<K>> all = new ArrayList<>(before.get());
      all.addAll(rules.get());
      return all;
    };
  }

  /** The cells of every row added, one token per cell (empty for a blank cell). */
  Map<K, List<Token>> solve() {
    for (RowState row : rows.values()) {
      prepare(row);
    }
    List<RowState> open = new ArrayList<>();
    List<RowState> broken = new ArrayList<>();
    for (RowState row : rows.values()) {
      if (row.cells != null) {
        continue;
      }
      if (row.incomplete && !row.speculative) {
        undecided(row, "search bound");
        continue;
      }
      filterLocally(row, null);
      if (row.speculative && (row.incomplete || row.candidates.size() != 1)) {
        // values printed apart that no single split ties to the rules: a cell left blank
        padded(row, row.printed);
        continue;
      }
      if (row.candidates.isEmpty()) {
        broken.add(row);
      } else if (row.candidates.size() == 1) {
        decide(row, row.candidates.get(0));
      } else {
        open.add(row);
      }
    }
    for (List<RowState> component : open.isEmpty() && broken.isEmpty() ? List.<List<RowState>>of()
        : components(open, broken)) {
      List<RowState> brokenHere = new ArrayList<>(component);
      brokenHere.retainAll(broken);
      if (brokenHere.size() > 1) {
        brokenHere.forEach(row -> undecided(row, "no split fits the rules"));
        component.removeAll(brokenHere);
        brokenHere.clear();
      }
      if (!component.isEmpty()) {
        solveTogether(component, brokenHere.isEmpty() ? null : brokenHere.get(0));
      }
    }
    placePadded();
    Map<K, List<Token>> out = new LinkedHashMap<>();
    rows.forEach((k, row) -> out.put(k, row.cells));
    return out;
  }

  /**
   * Keeps the values of each row that printed fewer than its cells in its first cells only
   * where the table's decisive rules confirm them there: some rule instance on the row whose
   * every cell prints a number holds, and none fails. A blank cell lost in the middle of a row
   * shifts the values after it, which the column totals refute; a row no rule can check is
   * left blank, for the same shift would go unseen.
   */
  private void placePadded() {
    List<RowState> refuted = new ArrayList<>();
    for (RowState row : rows.values()) {
      if (row.padded <= 0) {
        continue;
      }
      Boolean confirmed = null;
      for (RuleInstance<K> r : rules) {
        if (!r.isDecisive() || r.terms().stream().noneMatch(t -> t.row().equals(row.key))) {
          continue;
        }
        Long sum = numbersSum(r);
        if (sum != null) {
          confirmed = r.holds(sum) && (confirmed == null || confirmed);
        }
      }
      if (confirmed == null || !confirmed) {
        refuted.add(row);
      } else {
        missingCells(row);
      }
    }
    for (RowState row : refuted) {
      diagnostics.add(DiagnosticCode.CELLS_NOT_PLACED, row.where, row.anchor().line(),
          row.anchor().column(), row.name, Math.max(row.columns, row.kinds.size()), row.padded);
      row.cells = tokens(row, new String[row.kinds.size()]);
    }
  }

  /** A rule's sum over the cells read, or null when one of them is not a number. */
  private Long numbersSum(RuleInstance<K> r) {
    long s = r.constantTerm();
    for (RuleInstance.Term<K> t : r.terms()) {
      RowState row = rows.get(t.row());
      if (row == null || row.cells == null || row.kinds.get(t.column()) == CellKind.MONEY) {
        return null;
      }
      Count v = PrintedValue.count(row.cells.get(t.column()));
      if (!v.isNumber()) {
        return null;
      }
      s = add(s, multiply(t.coefficient(), v.getValue()));
    }
    return s;
  }

  private void missingCells(RowState row) {
    if (row.padded == row.kinds.size()) {
      return; // every cell read: the values the rules confirm need no word
    }
    Token last = row.cells.get(Math.max(0, row.padded - 1));
    diagnostics.add(DiagnosticCode.MISSING_CELLS, row.where,
        last.isEmpty() ? row.line : last.line(), 0, row.name, row.kinds.size(), row.padded);
  }

  // ---- one row ----

  /**
   * The fields of an {@linkplain #unlabelled unlabelled} row printing more fields than cells,
   * blank at both ends, once the blanks too many are dropped. A blank field may pad either end (a
   * cell a Word export adds to a short row, its style stripped by a site), and a row shifted by
   * one cell reads every number in the wrong cell. Where dropping them at one end or the other leaves different numbers, the row's
   * own decisive rules must hold for exactly one reading; with no such rule, or with several
   * readings or none holding, the row cannot be placed. Rows whose readings differ only in
   * which cell is blank, or whose fields are no plain numbers, are left to the usual trimming.
   *
   * @return the fields to read, or null when the row cannot be placed
   */
  private List<Token> window(RowState row, List<Token> v) {
    int n = row.kinds.size();
    String[] texts = new String[v.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = SourceLine.trim(TextNormalizer.fold(v.get(i).text()));
      if (!texts[i].isEmpty() && !PrintedValue.isMarker(texts[i])
          && !RunSplitter.isWellFormed(texts[i], CellKind.SIGNED_COUNT)) {
        return v;
      }
    }
    Map<List<Long>, Integer> readings = new LinkedHashMap<>();   // numbers -> first field
    for (int lead = 0; lead + n <= v.size(); lead++) {
      if (v.subList(0, lead).stream().allMatch(Token::isEmpty)
          && v.subList(lead + n, v.size()).stream().allMatch(Token::isEmpty)) {
        long[] values = values(Arrays.copyOfRange(texts, lead, lead + n), row.kinds);
        readings.putIfAbsent(Arrays.stream(values).boxed().toList(), lead);
      }
    }
    if (readings.size() <= 1 || localRules(row, true).isEmpty()) {
      return v;
    }
    List<Integer> holding = new ArrayList<>();
    for (Map.Entry<List<Long>, Integer> reading : readings.entrySet()) {
      long[] values = reading.getKey().stream().mapToLong(Long::longValue).toArray();
      if (localRules(row, true).stream()
          .allMatch(r -> r.holds(sum(r, row.key, values) + r.constantTerm()))) {
        holding.add(reading.getValue());
      }
    }
    return holding.size() == 1
        ? new ArrayList<>(v.subList(holding.get(0), holding.get(0) + n)) : null;
  }

  private void prepare(RowState row) {
    int n = row.kinds.size();
    List<Token> v = new ArrayList<>(row.printed);
    if (row.unlabelled && v.size() > n && v.get(0).isEmpty() && v.get(v.size() - 1).isEmpty()) {
      v = window(row, v);
      if (v == null) {
        row.unknown = true;
        row.cells = tokens(row, new String[n]);
        diagnostics.add(DiagnosticCode.CELLS_NOT_PLACED, row.where, row.anchor().line(),
            row.anchor().column(), row.name, n, row.printed.size());
        return;
      }
    }
    while (v.size() > n && v.get(v.size() - 1).isEmpty()) {
      v.remove(v.size() - 1);
    }
    while (v.size() > n && v.get(0).isEmpty()) {
      v.remove(0);
    }
    if (v.size() > n) {
      List<Token> extra = v.subList(n, v.size());
      Token first = extra.get(0);
      diagnostics.add(DiagnosticCode.EXTRA_NUMBER, row.where, first.line(), first.column(),
          row.name, n, v.size(), extra.stream().map(Token::text).collect(Collectors.joining(" ")));
      row.cells = new ArrayList<>(v.subList(0, n));
      return;
    }
    if (v.size() == n) {
      row.cells = v;
      if (row.columns > n) {
        row.padded = n;
      }
      return;
    }
    List<String> texts = v.stream().map(t -> SourceLine.trim(TextNormalizer.fold(t.text())))
        .toList();
    boolean forced = v.size() == 1 || v.stream().anyMatch(Token::runTogether)
        || texts.stream().anyMatch(t -> RunSplitter.isSplittable(t)
            && !RunSplitter.isWellFormed(t, CellKind.MONEY));
    boolean splittable = texts.stream().anyMatch(RunSplitter::isSplittable);
    if (splittable && (forced || !localRules(row, true).isEmpty())) {
      row.texts = texts;
      RunSplitter.Result any = RunSplitter.split(texts, row.kinds, List.of(), 2);
      if (any.complete() && any.splits().size() == 1 && forced) {
        // the digits fit the cells one way only; the row's own rules must still hold for it,
        // since the count of cells the digits were fitted to may itself be wrong (a page footer
        // '- 4 -' run into the row reads as cells): a split they refuse is no reading of the row
        String[] only = any.splits().get(0);
        row.all = Collections.singletonList(only);
        long[] values = values(only, row.kinds);
        for (RuleInstance<K> r : localRules(row, true)) {
          if (!r.holds(sum(r, row.key, values) + r.constantTerm())) {
            undecided(row, "the only split breaks " + r.id());
            return;
          }
        }
        decide(row, only);
        return;
      }
      for (RuleInstance<K> r : localRules(row, true)) {
        RunSplitter.Sum sum = asSum(r);
        if (sum != null) {
          row.sums.put(r, sum);
        }
      }
      RunSplitter.Result result = enumerate(row, null);
      if (result.splits().isEmpty() && result.complete()) {
        // no split fits the row's totals: broken totals if the digits fit the cells at all
        if (!any.splits().isEmpty() || !any.complete()) {
          row.all = List.of();
          row.speculative = !forced;
          return;
        }
      } else {
        row.all = result.splits();
        row.incomplete = !result.complete();
        row.speculative = !forced;
        return;
      }
    }
    padded(row, v);
  }

  /** The splits of a row's values that satisfy its totals, but {@code relaxed}. */
  private RunSplitter.Result enumerate(RowState row, RuleInstance<K> relaxed) {
    List<RunSplitter.Sum> sums = new ArrayList<>();
    row.sums.forEach((rule, sum) -> {
      if (rule != relaxed) {
        sums.add(sum);
      }
    });
    return RunSplitter.split(row.texts, row.kinds, sums);
  }

  /**
   * A rule instance as a total printed after its parts in the same row ({@code Σ parts − total
   * = 0}), or null when it is no such sum.
   */
  private static <K> RunSplitter.Sum asSum(RuleInstance<K> rule) {
    if (rule.isInequality() || rule.constantTerm() != 0) {
      return null;
    }
    int total = -1;
    List<Integer> parts = new ArrayList<>();
    for (RuleInstance.Term<K> t : rule.terms()) {
      if (t.coefficient() == -1 && total < 0) {
        total = t.column();
      } else if (t.coefficient() == 1) {
        parts.add(t.column());
      } else {
        return null;
      }
    }
    int last = total;
    if (total < 0 || parts.stream().anyMatch(p -> p > last)) {
      return null;
    }
    return new RunSplitter.Sum(total, parts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The printed values of a row that prints fewer than its cells, the last cells blank. */
  private void padded(RowState row, List<Token> printed) {
    List<Token> v = new ArrayList<>(printed);
    while (v.size() > row.kinds.size() && v.get(v.size() - 1).isEmpty()) {
      v.remove(v.size() - 1);
    }
    int at = v.isEmpty() ? row.line : v.get(v.size() - 1).line();
    row.padded = v.size();
    while (v.size() < row.kinds.size()) {
      v.add(Token.empty(at, 0));
    }
    row.cells = v;
    if (v.stream().allMatch(Token::isEmpty)) {
      row.padded = 0;
      missingCells(row);
    }
  }

  /** The decisive rule instances whose every cell is in the row. */
  private List<RuleInstance<K>> localRules(RowState row, boolean decisive) {
    if (row.local == null) {
      row.local = new ArrayList<>();
      for (RuleInstance<K> r : rules) {
        if (r.isDecisive() && isLocal(r, row.key)) {
          row.local.add(r);
        }
      }
    }
    return decisive ? row.local : List.of();
  }

  private static <K> boolean isLocal(RuleInstance<K> r, K key) {
    if (r.terms().isEmpty()) {
      return false;
    }
    for (RuleInstance.Term<K> t : r.terms()) {
      if (!t.row().equals(key)) {
        return false;
      }
    }
    return true;
  }

  /** The row's candidates that satisfy its decisive local rules, but {@code relaxed}. */
  private void filterLocally(RowState row, RuleInstance<K> relaxed) {
    List<RuleInstance<K>> local = localRules(row, true);
    List<String[]> source = row.all;
    if (relaxed != null && row.sums.containsKey(relaxed)) {
      RunSplitter.Result result = enumerate(row, relaxed);
      source = result.complete() ? result.splits() : List.of();
    }
    List<String[]> kept = new ArrayList<>();
    Set<String> cut = new LinkedHashSet<>();
    if (!row.sums.isEmpty()) {
      row.sums.keySet().forEach(r -> cut.add(r.id()));
    }
    for (String[] split : source) {
      long[] values = values(split, row.kinds);
      boolean ok = true;
      for (RuleInstance<K> r : local) {
        if (r != relaxed && !r.holds(sum(r, row.key, values) + r.constantTerm())) {
          ok = false;
          cut.add(r.id());
        }
      }
      if (ok) {
        kept.add(split);
      }
    }
    row.candidates = kept;
    row.values = new long[kept.size()][];
    for (int i = 0; i < kept.size(); i++) {
      row.values[i] = values(kept.get(i), row.kinds);
    }
    row.used.addAll(cut);
  }

  private static long[] values(String[] split, List<CellKind> kinds) {
    long[] v = new long[split.length];
    for (int i = 0; i < split.length; i++) {
      v[i] = kinds.get(i) == CellKind.MONEY ? 0 : number(split[i]);
    }
    return v;
  }

  private static long number(String text) {
    try {
      return text.isEmpty() ? 0 : Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The row's part of a rule's sum, for the given cell values. */
  private long sum(RuleInstance<K> r, K key, long[] values) {
    long s = 0;
    for (RuleInstance.Term<K> t : r.terms()) {
      if (t.row().equals(key)) {
        s = add(s, multiply(t.coefficient(), values[t.column()]));
      }
    }
    return s;
  }

  /** The value a decided row's cell counts for in a rule. */
  private static long value(Token token, CellKind kind) {
    if (kind == CellKind.MONEY) {
      return 0;
    }
    return PrintedValue.count(token).orZero();
  }

  private void decide(RowState row, String[] split) {
    row.cells = tokens(row, split);
    if (row.used.isEmpty()) {
      diagnostics.add(DiagnosticCode.RUN_TOGETHER_ONE_SPLIT, row.where, row.anchor().line(),
          row.anchor().column(), row.name, row.printedText(), String.join(" ", split));
    } else {
      diagnostics.add(DiagnosticCode.RUN_TOGETHER_RECOVERED, row.where, row.anchor().line(),
          row.anchor().column(), row.name, row.printedText(), String.join(" ", split),
          String.join(", ", row.used));
    }
  }

  private List<Token> tokens(RowState row, String[] split) {
    Token anchor = row.anchor();
    List<Token> out = new ArrayList<>(split.length);
    for (String part : split) {
      out.add(part == null ? Token.empty(anchor.line(), anchor.column())
          : new Token(part, anchor.line(), anchor.column()));
    }
    return out;
  }

  private void undecided(RowState row, String why) {
    row.unknown = true;
    row.cells = tokens(row, new String[row.kinds.size()]);
    List<String[]> listed = row.candidates != null && !row.candidates.isEmpty()
        ? row.candidates : row.all == null ? List.of() : row.all;
    diagnostics.add(DiagnosticCode.RUN_TOGETHER_AMBIGUOUS, row.where, row.anchor().line(),
        row.anchor().column(), row.name, row.printedText(), listed.size(),
        listing(listed) + (why.isEmpty() ? "" : " (" + why + ")"));
  }

  private static String listing(List<String[]> splits) {
    String shown = splits.stream().limit(LISTED).map(s -> String.join(" ", nullToBlank(s)))
        .collect(Collectors.joining("; "));
    return splits.size() > LISTED ? shown + "; …" : shown;
  }

  private static List<String> nullToBlank(String[] split) {
    return Arrays.stream(split).map(p -> p == null ? "?" : p).toList();
  }

  // ---- the whole table ----

  /** The open and broken rows grouped by the decisive rules that tie rows together. */
  private List<List<RowState>> components(List<RowState> open, List<RowState> broken) {
    List<RowState> all = new ArrayList<>(open);
    all.addAll(broken);
    Map<K, Integer> group = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      group.put(all.get(i).key, i);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (RuleInstance<K> r : rules) {
        if (!r.isDecisive()) {
          continue;
        }
        int min = Integer.MAX_VALUE;
        for (RuleInstance.Term<K> t : r.terms()) {
          Integer g = group.get(t.row());
          min = g == null ? min : Math.min(min, g);
        }
        int to = min;
        for (RuleInstance.Term<K> t : r.terms()) {
          Integer g = group.get(t.row());
          if (g != null && g != to) {
            int from = g;
            group.replaceAll((k, v) -> v == from ? to : v);
            changed = true;
          }
        }
      }
    }
    Map<Integer, List<RowState>> byGroup = new LinkedHashMap<>();
    for (RowState row : all) {
      byGroup.computeIfAbsent(group.get(row.key), g -> new ArrayList<>()).add(row);
    }
    return new ArrayList<>(byGroup.values());
  }

  private void solveTogether(List<RowState> open, RowState broken) {
    List<RuleInstance<K>> decisive = crossRules(open, true);
    List<List<String[]>> found = List.of();
    boolean complete = true;
    String relaxed = "";
    if (broken == null) {
      Search search = new Search(open, decisive, null);
      found = search.assignments();
      complete = search.complete;
    }
    if (complete && found.isEmpty()) {
      Map<String, List<String[]>> distinct = new LinkedHashMap<>();
      Set<String> relaxedBy = new LinkedHashSet<>();
      complete = relax(open, decisive, broken, distinct, relaxedBy);
      found = new ArrayList<>(distinct.values());
      relaxed = String.join(", ", relaxedBy);
      if (complete && found.size() == 1) {
        diagnostics.add(DiagnosticCode.RULE_RELAXED, open.get(0).where, open.get(0).line, 0,
            relaxed);
      }
    }
    if (!complete) {
      open.forEach(row -> undecided(row, "search bound"));
      return;
    }
    if (found.isEmpty()) {
      open.forEach(row -> undecided(row, "no split fits the rules"));
      return;
    }
    Set<String> usedAcross = new LinkedHashSet<>();
    decisive.forEach(r -> usedAcross.add(r.id()));
    if (!relaxed.isEmpty()) {
      usedAcross.add("relaxed " + relaxed);
    }
    if (found.size() > 1) {
      // the warning rules, the series and the narrative choose one split or none: a report may
      // break them, so what several splits left by them agree on is not taken
      List<List<String[]>> chosen = found;
      Set<String> usedWeak = new LinkedHashSet<>();
      rules.addAll(later.get());
      later = List::of;
      for (RuleInstance<K> w : crossRules(open, false)) {
        List<List<String[]>> kept = new ArrayList<>();
        for (List<String[]> assignment : chosen) {
          if (holds(w, open, assignment)) {
            kept.add(assignment);
          }
        }
        if (!kept.isEmpty() && kept.size() < chosen.size()) {
          chosen = kept;
          usedWeak.add(w.toString());
        }
      }
      if (chosen.size() == 1) {
        found = chosen;
        usedAcross.addAll(usedWeak);
      }
    }
    for (int i = 0; i < open.size(); i++) {
      RowState row = open.get(i);
      row.used.addAll(usedAcross);
      Map<String, String[]> chosen = new LinkedHashMap<>();
      for (List<String[]> assignment : found) {
        chosen.putIfAbsent(String.join(",", assignment.get(i)), assignment.get(i));
      }
      if (chosen.size() == 1) {
        decide(row, chosen.values().iterator().next());
        continue;
      }
      List<String[]> listed = new ArrayList<>(chosen.values());
      String[] agreed = listed.get(0).clone();
      for (String[] split : listed) {
        for (int j = 0; j < agreed.length; j++) {
          if (agreed[j] != null && !agreed[j].equals(split[j])) {
            agreed[j] = null;
          }
        }
      }
      row.cells = tokens(row, agreed);
      diagnostics.add(DiagnosticCode.RUN_TOGETHER_AMBIGUOUS, row.where, row.anchor().line(),
          row.anchor().column(), row.name, row.printedText(), listed.size(), listing(listed));
    }
  }

  /**
   * Searches again with one decisive rule instance relaxed at a time (with a row whose own
   * rule no split fits, only that row's rules), collecting the distinct assignments; stops
   * at the second. Returns whether every search was complete.
   */
  private boolean relax(List<RowState> open, List<RuleInstance<K>> decisive, RowState broken,
      Map<String, List<String[]>> distinct, Set<String> relaxedBy) {
    List<RuleInstance<K>> options = new ArrayList<>();
    if (broken == null) {
      options.addAll(decisive);
    }
    for (RowState row : open) {
      if (broken == null || row == broken) {
        options.addAll(localRules(row, true));
      }
    }
    for (RuleInstance<K> option : options) {
      boolean local = !decisive.contains(option);
      RowState row = local ? rows.get(option.terms().get(0).row()) : null;
      List<String[]> savedCandidates = local ? row.candidates : null;
      long[][] savedValues = local ? row.values : null;
      if (local) {
        filterLocally(row, option);
      }
      Search search = new Search(open, decisive, local ? null : option);
      List<List<String[]>> assignments = search.assignments();
      if (local) {
        row.candidates = savedCandidates;
        row.values = savedValues;
      }
      if (!search.complete) {
        return false;
      }
      for (List<String[]> assignment : assignments) {
        StringBuilder key = new StringBuilder();
        assignment.forEach(split -> key.append(String.join(",", split)).append('|'));
        if (distinct.putIfAbsent(key.toString(), assignment) == null) {
          relaxedBy.add(option.toString());
        }
      }
      if (distinct.size() > 1) {
        return true;
      }
    }
    return true;
  }

  /** The rule instances that touch an open row and no row of unknown values. */
  private List<RuleInstance<K>> crossRules(List<RowState> open, boolean decisive) {
    Set<K> openKeys = new HashSet<>();
    open.forEach(r -> openKeys.add(r.key));
    List<RuleInstance<K>> out = new ArrayList<>();
    for (RuleInstance<K> r : rules) {
      if (r.isDecisive() != decisive || r.terms().isEmpty()) {
        continue;
      }
      boolean touches = false;
      boolean known = true;
      Set<K> rowsOf = new HashSet<>();
      for (RuleInstance.Term<K> t : r.terms()) {
        RowState row = rows.get(t.row());
        known &= row != null && !row.unknown;
        touches |= openKeys.contains(t.row());
        rowsOf.add(t.row());
      }
      if (touches && known && (!decisive || rowsOf.size() > 1)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether an assignment of the open rows (a split each) satisfies a rule. */
  private boolean holds(RuleInstance<K> r, List<RowState> open, List<String[]> assignment) {
    long s = r.constantTerm();
    for (RuleInstance.Term<K> t : r.terms()) {
      RowState row = rows.get(t.row());
      int i = open.indexOf(row);
      long v = i >= 0 ? values(assignment.get(i), row.kinds)[t.column()]
          : value(row.cells.get(t.column()), row.kinds.get(t.column()));
      s = add(s, multiply(t.coefficient(), v));
    }
    return r.holds(s);
  }

  /**
   * A bounded depth-first search over the candidates of the open rows for the assignments that
   * satisfy the rules, pruned by the least and greatest sum each rule can still reach.
   */
  private final class Search {
    final List<int[]> solutions = new ArrayList<>();
    boolean complete = true;

    /** The solutions as the split of each open row. */
    List<List<String[]>> assignments() {
      List<List<String[]>> out = new ArrayList<>();
      for (int[] solution : solutions) {
        List<String[]> splits = new ArrayList<>();
        for (int i = 0; i < solution.length; i++) {
          splits.add(open.get(i).candidates.get(solution[i]));
        }
        out.add(splits);
      }
      return out;
    }

    private final List<RowState> open;
    private final List<RuleInstance<K>> active = new ArrayList<>();
    private final long[] base;
    /** contribution[rule][row][candidate]. */
    private final long[][][] contribution;
    /** The least and greatest contribution of the rows from depth d on: [rule][d]. */
    private final long[][] minFrom;
    private final long[][] maxFrom;
    private final int[] choice;
    private final int cap;
    private int steps;

    Search(List<RowState> open, List<RuleInstance<K>> decisive, RuleInstance<K> relaxed) {
      this.open = open;
      this.cap = open.size() == 1 ? Integer.MAX_VALUE : MAX_SOLUTIONS;
      for (RuleInstance<K> r : decisive) {
        if (r != relaxed) {
          active.add(r);
        }
      }
      int n = open.size();
      base = new long[active.size()];
      contribution = new long[active.size()][n][];
      minFrom = new long[active.size()][n + 1];
      maxFrom = new long[active.size()][n + 1];
      Map<K, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(open.get(i).key, i);
      }
      for (int a = 0; a < active.size(); a++) {
        RuleInstance<K> r = active.get(a);
        long b = r.constantTerm();
        for (RuleInstance.Term<K> t : r.terms()) {
          if (!index.containsKey(t.row())) {
            RowState row = rows.get(t.row());
            b = add(b, multiply(t.coefficient(),
                value(row.cells.get(t.column()), row.kinds.get(t.column()))));
          }
        }
        base[a] = b;
        for (int i = 0; i < n; i++) {
          RowState row = open.get(i);
          long[] c = new long[row.candidates.size()];
          for (int k = 0; k < c.length; k++) {
            c[k] = sum(r, row.key, row.values[k]);
          }
          contribution[a][i] = c;
        }
        for (int i = n - 1; i >= 0; i--) {
          long min = Long.MAX_VALUE;
          long max = Long.MIN_VALUE;
          for (long c : contribution[a][i]) {
            min = Math.min(min, c);
            max = Math.max(max, c);
          }
          if (contribution[a][i].length == 0) {
            min = 0;
            max = 0;
          }
          minFrom[a][i] = add(minFrom[a][i + 1], min);
          maxFrom[a][i] = add(maxFrom[a][i + 1], max);
        }
      }
      choice = new int[n];
      if (open.stream().noneMatch(r -> r.candidates.isEmpty())) {
        walk(0, base.clone());
      }
    }

    private void walk(int depth, long[] sums) {
      if (!complete) {
        return;
      }
      if (++steps > BUDGET || solutions.size() >= cap) {
        complete = false;
        return;
      }
      if (depth == open.size()) {
        for (int a = 0; a < active.size(); a++) {
          if (!active.get(a).holds(sums[a])) {
            return;
          }
        }
        solutions.add(choice.clone());
        return;
      }
      int candidates = open.get(depth).candidates.size();
      for (int k = 0; k < candidates && complete; k++) {
        long[] next = sums.clone();
        boolean possible = true;
        for (int a = 0; a < active.size() && possible; a++) {
          next[a] = add(next[a], contribution[a][depth][k]);
          possible = active.get(a).possible(add(next[a], minFrom[a][depth + 1]),
              add(next[a], maxFrom[a][depth + 1]));
        }
        if (possible) {
          choice[depth] = k;
          walk(depth + 1, next);
        }
      }
    }
  }

  /** Addition that saturates instead of overflowing. */
  private static long add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }

  private static long multiply(long coefficient, long value) {
    if (coefficient == 1) {
      return value;
    }
    if (coefficient == -1) {
      return value == Long.MIN_VALUE ? Long.MAX_VALUE : -value;
    }
    long hi = Math.multiplyHigh(coefficient, value);
    long lo = coefficient * value;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    return hi < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
  }
}
