package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One instance of a {@link TableRule} on the cells of one table, as a linear relation:
 * {@code Σ coefficient × cell + constant = 0} (or {@code ≤ 0}). A blank or marked cell counts as
 * 0, as in the catalogue. Sums that would overflow a long do not hold.
 *
 * @param <K> the row key of the table being solved
 */
final class RuleInstance<K> {

  /** One term: a coefficient on a cell (row and column index). */
  record Term<K>(K row, int column, long coefficient) {}

  private final TableRule rule;
  private final String where;
  private final boolean inequality;
  private final List<Term<K>> terms = new ArrayList<>();
  private long constant;

  private RuleInstance(TableRule rule, String where, boolean inequality) {
    this.rule = rule;
    this.where = where;
    this.inequality = inequality;
  }

  /** An equality {@code Σ terms + constant = 0}. */
  static <K> RuleInstance<K> equality(TableRule rule, String where) {
    return new RuleInstance<>(rule, where, false);
  }

  /** An inequality {@code Σ terms + constant ≤ 0}. */
  static <K> RuleInstance<K> atMostZero(TableRule rule, String where) {
    return new RuleInstance<>(rule, where, true);
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

  TableRule rule() {
    return rule;
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
    return rule.id() + (where.isEmpty() ? "" : " " + where);
  }
}
