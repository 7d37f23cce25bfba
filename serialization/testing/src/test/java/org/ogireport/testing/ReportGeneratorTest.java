package org.ogireport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;

/**
 * The generator's reports obey every rule of the catalogue, checked by {@link RuleCheck} (an
 * independent transcription of SCHEMA.md's rules, for this test only), and a broken report breaks
 * exactly the rule asked for, at the paths it names.
 */
class ReportGeneratorTest {

  private static final List<String> RULES = List.of(
      "APP-ROW-TOTAL", "APP-OUTCOME-TOTAL", "APP-BALANCE", "LIT-TOTAL", "CELL-NEGATIVE",
      "CELL-MISSING", "A20-PUBLISHED", "A20-ISSUED", "A20-PROJECTS", "EDITION-YEAR", "YEAR-RANGE");

  @Test
  void generatedReportsOfBothEditionsBreakNoRule() {
    ReportGenerator generator = new ReportGenerator(1L);
    int[] editions = new int[2];
    for (int i = 0; i < 200; i++) {
      AnnualReport report = generator.next();
      editions[report.getEdition().ordinal()]++;
      assertEquals(List.of(), RuleCheck.violations(report), report.getOrgan() + " " + report.getYear());
    }
    assertTrue(editions[0] > 50 && editions[1] > 50, "both editions drawn: " + editions[0] + "/" + editions[1]);
  }

  @Test
  void withoutBlanksEveryCellHasANumber() {
    ReportGenerator generator = new ReportGenerator(2L);
    for (int i = 0; i < 50; i++) {
      for (Table<?, ?> table : generator.next().getTables()) {
        for (Cell cell : table.getCells()) {
          assertTrue(cell.isNumber(), table.getLayout() + " has " + cell);
        }
      }
    }
  }

  @Test
  void withBlanksOnlyCellMissingFires() {
    ReportGenerator generator = new ReportGenerator(3L).withBlanks(true);
    int missing = 0;
    for (int i = 0; i < 50; i++) {
      for (RuleCheck.Violation v : RuleCheck.violations(generator.next())) {
        assertEquals("CELL-MISSING", v.rule(), v.toString());
        missing++;
      }
    }
    assertTrue(missing > 100, "blanks drawn: " + missing);
  }

  @Test
  void sameSeedSameReports() {
    ReportGenerator a = new ReportGenerator(99L);
    ReportGenerator b = new ReportGenerator(99L);
    for (int i = 0; i < 10; i++) {
      assertEquals(a.next(), b.next());
    }
    assertFalse(new ReportGenerator(99L).next().equals(new ReportGenerator(100L).next()));
  }

  @Test
  void magnitudesAreRealistic() {
    ReportGenerator generator = new ReportGenerator(4L);
    long max = 0;
    long sum = 0;
    for (int i = 0; i < 200; i++) {
      long received = generator.next().getApplications()
          .getCount(org.ogireport.core.ApplicationRow.NEW_RECEIVED, org.ogireport.core.Applicant.TOTAL)
          .getValue();
      max = Math.max(max, received);
      sum += received;
    }
    assertTrue(max < 500 && max > 100, "largest 新收 " + max);
    assertTrue(sum / 200 < 150, "mean 新收 " + sum / 200);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "APP-ROW-TOTAL", "APP-OUTCOME-TOTAL", "APP-BALANCE", "LIT-TOTAL", "CELL-NEGATIVE",
      "CELL-MISSING", "A20-PUBLISHED", "A20-ISSUED", "A20-PROJECTS", "EDITION-YEAR", "YEAR-RANGE"})
  void brokenReportBreaksExactlyTheRuleAtThePathsItNames(String rule) {
    ReportGenerator generator = new ReportGenerator(rule.hashCode());
    for (int i = 0; i < 30; i++) {
      BrokenReport broken = generator.breaking(rule);
      assertEquals(rule, broken.ruleId());
      List<String> where = new ArrayList<>();
      for (RuleCheck.Violation v : RuleCheck.violations(broken.report())) {
        assertEquals(rule, v.rule(), v.toString());
        where.add(v.path());
      }
      assertEquals(broken.paths(), where);
    }
  }

  @Test
  void unknownRuleIdIsRefusedNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReportGenerator(1L).breaking("APP-TOTAL"));
    assertEquals("unknown rule id 'APP-TOTAL': expected one of " + String.join(", ", RULES),
        e.getMessage());
  }

  @Test
  void blankFormHasEveryCellBlankAndZeroFormEveryCellZero() {
    for (Edition edition : Edition.values()) {
      AnnualReport blank = Fixtures.blankForm(edition);
      AnnualReport zeros = Fixtures.zeroForm(edition);
      assertEquals(edition, blank.getEdition());
      for (int t = 0; t < 3; t++) {
        assertTrue(blank.getTables().get(t).getCells().stream().allMatch(Cell::isBlank));
        assertTrue(zeros.getTables().get(t).getCells().stream()
            .allMatch(c -> c.isNumber() && c.toDecimalOrZero().signum() == 0));
      }
    }
    assertEquals(2021, Fixtures.blankForm(Edition.V2021).getYear());
    assertEquals(2020, Fixtures.blankForm(Edition.V2019, 2020).getYear());
  }
}
