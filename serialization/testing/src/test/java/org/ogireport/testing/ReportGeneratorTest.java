package org.ogireport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Edition;
import org.ogireport.core.Table;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;
import org.ogireport.validation.ReportValidator;

/**
 * The generator's reports obey every rule of the catalogue, as ogi-report-validation checks them
 * (a test-scope dependency only: users of the fixtures do not get Hibernate Validator), and a
 * broken report breaks exactly the rule asked for, at the paths it names.
 */
class ReportGeneratorTest {

  private static final ReportValidator VALIDATOR = ReportValidator.create();

  /** The findings of the form's rule catalogue, in printed order of their places. */
  private static List<Diagnostic> violations(AnnualReport report) {
    return VALIDATOR.validate(report).getDiagnostics();
  }

  /** Every rule of the form's catalogue, which the generator can break each. */
  static List<String> catalogue() {
    return Rule.of(RuleGroup.CATALOGUE).stream().map(Rule::getId).toList();
  }

  @Test
  void generatedReportsOfBothEditionsBreakNoRule() {
    ReportGenerator generator = new ReportGenerator(1L);
    int[] editions = new int[2];
    for (int i = 0; i < 200; i++) {
      AnnualReport report = generator.next();
      editions[report.getEdition().ordinal()]++;
      assertEquals(List.of(), violations(report), report.getOrgan() + " " + report.getYear());
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
      for (Diagnostic v : violations(generator.next())) {
        assertEquals("CELL-MISSING", v.getCode(), v.toString());
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
  @MethodSource("catalogue")
  void brokenReportBreaksExactlyTheRuleAtThePathsItNames(String rule) {
    ReportGenerator generator = new ReportGenerator(rule.hashCode());
    for (int i = 0; i < 30; i++) {
      BrokenReport broken = generator.breaking(rule);
      assertEquals(rule, broken.ruleId());
      List<String> where = new ArrayList<>();
      for (Diagnostic v : violations(broken.report())) {
        assertEquals(rule, v.getCode(), v.toString());
        where.add(v.getLocation().getPath());
      }
      assertEquals(broken.paths(), where);
    }
  }

  @Test
  void unknownRuleIdIsRefusedNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReportGenerator(1L).breaking("APP-TOTAL"));
    assertEquals("unknown rule id 'APP-TOTAL': expected one of " + String.join(", ", catalogue()),
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
