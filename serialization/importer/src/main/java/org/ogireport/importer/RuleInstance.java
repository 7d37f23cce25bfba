package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/**
 * One instance of a rule of the catalogue ({@link Rule}) on the cells of one table, as a linear
 * relation: {@code Σ coefficient × cell + constant = 0} (or {@code ≤ 0}), which the solver can
 * bound while cells are still open. A blank or marked cell counts as 0, as in the catalogue. Sums
 * that would overflow a long do not hold.
 *
 * <p>The error rules of the catalogue ({@link RuleGroup#CATALOGUE}, {@link Severity#ERROR}) tie
 * the cells of a correct table together and decide a split; every other rule (the A20 warnings,
 * the series rules with last year's report, the figures the narrative states) only chooses
 * among the splits the decisive ones leave, since real reports break them more often.
 *
 * @param <K> the row key of the table being solved
 */
final class RuleInstance<K> {

  /** One term: a coefficient on a cell (row and column index). */
  record Term<K>(K row, int column, long coefficient) {}

  private final String id;
  private final boolean decisive;
  private final String where;
  private final boolean inequality;
  private final List<Term<K>> terms = new ArrayList<>();
  private long constant;

  private RuleInstance(String id, boolean decisive, String where, boolean inequality) {
    this.id = id;
    this.decisive = decisive;
    this.where = where;
    this.inequality = inequality;
  }

  private RuleInstance(Rule rule, String where, boolean inequality) {
    this(rule.getId(), rule.getGroup() == RuleGroup.CATALOGUE
        && rule.getSeverity() == Severity.ERROR, where, inequality);
  }

  /** An equality {@code Σ terms + constant = 0} of a rule. */
  static <K> RuleInstance<K> equality(Rule rule, String where) {
    return new RuleInstance<>(rule, where, false);
  }

  /** An inequality {@code Σ terms + constant ≤ 0} of a rule. */
  static <K> RuleInstance<K> atMostZero(Rule rule, String where) {
    return new RuleInstance<>(rule, where, true);
  }

  /**
   * An equality between a cell and a figure the narrative states that no rule of the catalogue
   * ties to it (the counts of documents 一、总体情况 gives for table 二): named by the rules'
   * group, {@code NARRATIVE}, and never decisive.
   */
  static <K> RuleInstance<K> stated(String quote) {
    return new RuleInstance<>(RuleGroup.NARRATIVE.name(), false, quote, false);
  }

  RuleInstance<K> plus(K row, int column) {
    terms.add(new Term<>(row, column, 1));
    return this;
  }

  RuleInstance<K> minus(K row, int column) {
    terms.add(new Term<>(row, column, -1));
    return this;
  }

  RuleInstance<K> constant(long value) {
    constant += value;
    return this;
  }

  /** The id of the rule, e.g. {@code APP-BALANCE}; {@code NARRATIVE} for a stated figure. */
  String id() {
    return id;
  }

  /** Whether the relation decides a split on its own (an error rule of the catalogue). */
  boolean isDecisive() {
    return decisive;
  }

  List<Term<K>> terms() {
    return terms;
  }

  long constantTerm() {
    return constant;
  }

  boolean isInequality() {
    return inequality;
  }

  /** Whether a sum (with the constant) satisfies the relation. */
  boolean holds(long sum) {
    return inequality ? sum <= 0 : sum == 0;
  }

  /** Whether the relation can still hold when the rest of the sum lies in {@code [min, max]}. */
  boolean possible(long min, long max) {
    return inequality ? min <= 0 : min <= 0 && 0 <= max;
  }

  /** The rule's id and where it applies, e.g. {@code APP-BALANCE 自然人}. */
  @Override
  public String toString() {
    return id + (where.isEmpty() ? "" : " " + where);
  }
}
