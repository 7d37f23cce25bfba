package org.ogireport.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.diagnostic.Severity;

/** The catalogue states each fact once, and its row formulas hold exactly. */
class RuleTest {

  private static final long MAX = Long.MAX_VALUE;

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasAnIdItsGroupsPrefixAndAKeyOfItsId(Rule rule) {
    assertEquals(rule, Rule.ofId(rule.getId()));
    assertEquals(rule.name().replace('_', '-'), rule.getId());
    assertEquals("org.ogireport.rule." + rule.getId(), rule.getMessageKey());
    assertEquals(rule.getGroup() == RuleGroup.SERIES, rule.getId().startsWith("SERIES-"));
    assertTrue(rule.getSeverity() == Severity.ERROR || rule.getSeverity() == Severity.WARNING);
    assertFalse(rule.getEditions().isEmpty());
  }

  @Test
  void theGroupsAreTheFormsCatalogueTheHeuristicsAndTheSeriesRules() {
    assertEquals(List.of("APP-ROW-TOTAL", "APP-OUTCOME-TOTAL", "APP-BALANCE", "LIT-TOTAL",
        "CELL-NEGATIVE", "CELL-MISSING", "A20-PUBLISHED", "A20-ISSUED", "A20-PROJECTS",
        "EDITION-YEAR", "YEAR-RANGE"),
        Rule.of(RuleGroup.CATALOGUE).stream().map(Rule::getId).toList());
    assertEquals(List.of("NARR-APPLICATIONS", "NARR-CARRIED-OVER", "NARR-CARRIED-FORWARD",
        "NARR-REVIEW", "NARR-LITIGATION", "HINT-SWAPPED-COLUMNS", "NARR-OVERVIEW-LENGTH",
        "NARR-FEES-SILENT", "NARR-PROBLEMS-EMPTY", "OTHER-HANDLING-SHARE", "TABLES-ZERO-TEXT"),
        Rule.of(RuleGroup.NARRATIVE).stream().map(Rule::getId).toList());
    assertEquals(List.of("SERIES-CARRY", "SERIES-IN-FORCE", "SERIES-PROJECTS",
        "SERIES-COPIED-PROBLEMS", "SERIES-JUMP"),
        Rule.of(RuleGroup.SERIES).stream().map(Rule::getId).toList());
    assertEquals(Set.of(Edition.V2021), Rule.A20_ISSUED.getEditions());
    assertFalse(Rule.A20_ISSUED.appliesTo(Edition.V2019));
    assertEquals("in every column, 一 + 二 = 三（七）总计 + 四", Rule.APP_BALANCE.getFormula());
    assertEquals("applications.carriedForward.<column>", Rule.APP_BALANCE.getReportedOn());
    assertEquals("APP-BALANCE", Rule.APP_BALANCE.toString());
  }

  @Test
  void anUnknownIdIsNamedWithTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rule.ofId("LIT-TOTALS"));
    assertTrue(e.getMessage().startsWith("unknown rule id 'LIT-TOTALS': expected one of "
        + "APP-ROW-TOTAL, APP-OUTCOME-TOTAL, "), e.getMessage());
    assertTrue(e.getMessage().endsWith(", SERIES-COPIED-PROBLEMS, SERIES-JUMP"), e.getMessage());
  }

  @Test
  void aRowOfTableThreeHoldsWhenItsTotalIsTheSixColumnsExactly() {
    assertTrue(Rule.APP_ROW_TOTAL.holdsInRow(ApplicationRow.NEW_RECEIVED, 12, 2, 0, 0, 1, 0, 15));
    assertFalse(Rule.APP_ROW_TOTAL.holdsInRow(ApplicationRow.NEW_RECEIVED, 12, 2, 0, 0, 1, 0, 14));
    // MAX + 1 wraps to MIN in long arithmetic: a printed MIN is still wrong
    assertFalse(Rule.APP_ROW_TOTAL.holdsInRow(ApplicationRow.GRANTED, MAX, 1, 0, 0, 0, 0,
        Long.MIN_VALUE));
    assertTrue(Rule.APP_ROW_TOTAL.holdsInRow(CaseBlock.REVIEW, 1, 1, 1, 1, 0));
  }

  @Test
  void aBlockOfTableFourHoldsWhenItsTotalIsItsFourParts() {
    assertTrue(Rule.LIT_TOTAL.holdsInRow(CaseBlock.REVIEW, 10, 1, 0, 0, 11));
    assertFalse(Rule.LIT_TOTAL.holdsInRow(CaseBlock.REVIEW, 10, 1, 0, 0, 0));
  }

  @Test
  void theArticle20RowFormulasHoldOnTheirRowsOnly() {
    // 2019 （一）: 本年新制作数量, 本年新公开数量, 对外公开总数量
    assertTrue(Rule.A20_PUBLISHED.holdsInRow(Disclosure2019Row.RULES, 0, 5, 5));
    assertFalse(Rule.A20_PUBLISHED.holdsInRow(Disclosure2019Row.RULES, 0, 6, 5));
    // 2021 （一）: 本年制发件数, 本年废止件数, 现行有效件数
    assertTrue(Rule.A20_ISSUED.holdsInRow(Disclosure2021Row.RULES, MAX, MAX, MAX));
    assertFalse(Rule.A20_ISSUED.holdsInRow(Disclosure2021Row.RULES, 3, 1, 1));
    // 2019 （五）: 上一年项目数量, 本年增/减, 处理决定数量
    assertTrue(Rule.A20_PROJECTS.holdsInRow(Disclosure2019Row.LICENSING, 80, -80, 0));
    assertFalse(Rule.A20_PROJECTS.holdsInRow(Disclosure2019Row.LICENSING, 80, -81, 0));
    assertFalse(Rule.A20_PROJECTS.holdsInRow(Disclosure2019Row.FEES, Long.MIN_VALUE,
        Long.MIN_VALUE));
    assertTrue(Rule.A20_PROJECTS.holdsInRow(Disclosure2019Row.RULES, 0, 6, 5));
    assertTrue(Rule.CELL_NEGATIVE.holdsInRow(CaseBlock.REVIEW, -1, 0, 0, 0, -1));
  }

  @Test
  void valuesNotMatchingTheRowsColumnsAreRefusedNamingTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Rule.LIT_TOTAL.holdsInRow(CaseBlock.REVIEW, 1, 2, 3));
    assertEquals("行政复议 has 5 columns, got 3 values", e.getMessage());
  }
}
