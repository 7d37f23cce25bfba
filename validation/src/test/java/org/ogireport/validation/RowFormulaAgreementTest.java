package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.Row;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.rules.Rule;

/**
 * The checks of the row rules fire exactly when the catalogue's row formula
 * ({@link Rule#holdsInRow}, the one an importer uses) fails, on random rows with values near 0
 * and at the ends of {@code long}.
 */
class RowFormulaAgreementTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();
  private static final long[] VALUES = {0, 1, 2, 3, 5, -1, -3, Long.MAX_VALUE, Long.MIN_VALUE,
      Long.MAX_VALUE - 1};

  @Test
  void appRowTotal() {
    for (Edition edition : Edition.values()) {
      agree(Rule.APP_ROW_TOTAL, edition, ApplicationRow.WITHHELD_STATE_SECRET,
          (f, v) -> f.applications.setRow(ApplicationRow.WITHHELD_STATE_SECRET, v));
    }
  }

  @Test
  void litTotal() {
    agree(Rule.LIT_TOTAL, Edition.V2021, CaseBlock.LITIGATION_AFTER_REVIEW,
        (f, v) -> f.review.setRow(CaseBlock.LITIGATION_AFTER_REVIEW, v));
  }

  @Test
  void article20Rows() {
    agree(Rule.A20_PUBLISHED, Edition.V2019, Disclosure2019Row.NORMATIVE_DOCUMENTS,
        (f, v) -> f.disclosure2019.setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, v));
    agree(Rule.A20_PROJECTS, Edition.V2019, Disclosure2019Row.FEES,
        (f, v) -> f.disclosure2019.setRow(Disclosure2019Row.FEES, v));
    agree(Rule.A20_ISSUED, Edition.V2021, Disclosure2021Row.RULES,
        (f, v) -> f.disclosure2021.setRow(Disclosure2021Row.RULES, v));
  }

  private static void agree(Rule rule, Edition edition, Row<?> row,
      BiConsumer<Fixture, long[]> set) {
    Random random = new Random(rule.ordinal());
    int fired = 0;
    for (int i = 0; i < 300; i++) {
      long[] values = new long[row.getColumns().size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = VALUES[random.nextInt(i < 150 ? 5 : VALUES.length)];
      }
      if (i % 3 == 0) { // make the formula hold by the last column where it is a sum
        values[values.length - 1] = 0;
      }
      Fixture f = Fixture.valid(edition);
      set.accept(f, values);
      boolean found = false;
      for (Diagnostic d : VALIDATOR.validate(f.build()).filter(rule)) {
        found |= d.getLocation().getRow().orElseThrow() == row;
      }
      assertEquals(!rule.holdsInRow(row, values), found,
          () -> rule + " on " + row + " " + java.util.Arrays.toString(values));
      fired += found ? 1 : 0;
    }
    final int firedTimes = fired;
    assertEquals(true, firedTimes > 0 && firedTimes < 300, () -> rule + " fired " + firedTimes);
  }
}
