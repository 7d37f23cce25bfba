package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Edition;
import org.ogireport.core.Row;
import org.ogireport.core.rules.Rule;

/**
 * The relations the solver bounds are the catalogue's: every instance of a rule on one row
 * holds exactly when {@link Rule#holdsInRow} does, on random rows with values near 0, and the
 * rules that decide are the catalogue's error rules.
 */
class FormRulesTest {

  private static final long[] VALUES = {0, 1, 2, 3, 5, 8, -1, -3};
  private static final Hints NO_HINTS = Hints.of(Optional.empty(), "");

  @Test
  void table三RowTotalsAreTheCatalogues() {
    for (Edition edition : Edition.values()) {
      List<RuleInstance<ApplicationRow>> rules =
          FormRules.applications(edition, ApplicationRow.rows(edition), NO_HINTS);
      assertEquals(ApplicationRow.rows(edition).size(), agree(rules, r -> r, Rule.APP_ROW_TOTAL));
    }
  }

  @Test
  void table二RowRulesAreTheCatalogues() {
    assertTrue(agree(FormRules.disclosure2019(NO_HINTS), r -> r, Rule.A20_PUBLISHED) > 0);
    assertTrue(agree(FormRules.disclosure2019(NO_HINTS), r -> r, Rule.A20_PROJECTS) > 0);
    assertTrue(agree(FormRules.disclosure2021(NO_HINTS), r -> r, Rule.A20_ISSUED) > 0);
  }

  @Test
  void table四BlockTotalsAreTheCatalogues() {
    List<RuleInstance<String>> rules = FormRules.review(NO_HINTS);
    Random random = new Random(4);
    for (RuleInstance<String> rule : rules) {
      CaseBlock block = List.of(CaseBlock.values()).stream()
          .filter(b -> rule.toString().equals("LIT-TOTAL " + b.getLabel())).findFirst()
          .orElseThrow();
      for (int i = 0; i < 200; i++) {
        long[] row = new long[15];
        long[] blockValues = new long[CaseResult.values().length];
        for (CaseResult result : CaseResult.values()) {
          long v = VALUES[random.nextInt(VALUES.length)];
          row[FormRules.reviewColumn(block, result)] = v;
          blockValues[result.ordinal()] = v;
        }
        assertEquals(Rule.LIT_TOTAL.holdsInRow(block, blockValues),
            rule.holds(sum(rule, t -> row[t.column()])), rule::toString);
      }
    }
    assertEquals(CaseBlock.values().length, rules.size());
  }

  @Test
  void theRulesThatDecideAreTheCataloguesErrorRules() {
    Set<String> decisive = new java.util.TreeSet<>();
    List<RuleInstance<?>> all = new ArrayList<>();
    for (Edition edition : Edition.values()) {
      all.addAll(FormRules.applications(edition, ApplicationRow.rows(edition), NO_HINTS));
    }
    all.addAll(FormRules.review(NO_HINTS));
    all.addAll(FormRules.disclosure2019(NO_HINTS));
    all.addAll(FormRules.disclosure2021(NO_HINTS));
    all.stream().filter(RuleInstance::isDecisive).forEach(r -> decisive.add(r.id()));
    assertEquals(Set.of("APP-BALANCE", "APP-OUTCOME-TOTAL", "APP-ROW-TOTAL", "LIT-TOTAL"),
        decisive);
    all.stream().filter(r -> !r.isDecisive()).forEach(r ->
        assertTrue(EnumSet.of(Rule.A20_PUBLISHED, Rule.A20_PROJECTS, Rule.A20_ISSUED)
            .contains(Rule.ofId(r.id())), r::toString));
  }

  /** Checks each instance of a row rule against the catalogue; returns how many there were. */
  private static <K> int agree(
      List<RuleInstance<K>> rules, Function<K, Row<?>> rowOf, Rule rule) {
    Random random = new Random(rule.ordinal());
    int checked = 0;
    for (RuleInstance<K> instance : rules) {
      if (!instance.id().equals(rule.getId())) {
        continue;
      }
      Row<?> row = rowOf.apply(instance.terms().get(0).row());
      assertTrue(instance.terms().stream().allMatch(t -> rowOf.apply(t.row()) == row));
      for (int i = 0; i < 200; i++) {
        long[] values = new long[row.getColumns().size()];
        for (int c = 0; c < values.length; c++) {
          values[c] = VALUES[random.nextInt(VALUES.length)];
        }
        assertEquals(rule.holdsInRow(row, values),
            instance.holds(sum(instance, t -> values[t.column()])), instance::toString);
      }
      checked++;
    }
    return checked;
  }

  private static <K> long sum(
      RuleInstance<K> rule, java.util.function.ToLongFunction<RuleInstance.Term<K>> value) {
    long s = rule.constantTerm();
    for (RuleInstance.Term<K> t : rule.terms()) {
      s += t.coefficient() * value.applyAsLong(t);
    }
    return s;
  }
}
