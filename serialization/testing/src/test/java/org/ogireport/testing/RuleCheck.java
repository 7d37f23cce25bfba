package org.ogireport.testing;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;

/**
 * The rule catalogue of SCHEMA.md transcribed for the generator's tests only (the validation
 * module, on its own branch, is the real implementation): each violation with its rule id and the
 * path it is reported on, in catalogue order.
 */
final class RuleCheck {

  record Violation(String rule, String path) {}

  private RuleCheck() {}

  static List<Violation> violations(AnnualReport report) {
    List<Violation> found = new ArrayList<>();
    Applications app = report.getApplications();
    String a = "applications.";
    for (ApplicationRow row : app.getLayout().getRows()) {
      if (app.computedRowTotal(row) != app.getCount(row, Applicant.TOTAL).orZero()) {
        found.add(new Violation("APP-ROW-TOTAL", a + row.getJsonPath() + ".total"));
      }
    }
    for (Applicant c : Applicant.values()) {
      if (app.computedOutcomeTotal(c) != app.getCount(ApplicationRow.OUTCOME_TOTAL, c).orZero()) {
        found.add(new Violation("APP-OUTCOME-TOTAL", a + "outcomes.total." + c.getJsonName()));
      }
    }
    for (Applicant c : Applicant.values()) {
      long in = app.getCount(ApplicationRow.NEW_RECEIVED, c).orZero()
          + app.getCount(ApplicationRow.CARRIED_OVER, c).orZero();
      long out = app.getCount(ApplicationRow.OUTCOME_TOTAL, c).orZero()
          + app.getCount(ApplicationRow.CARRIED_FORWARD, c).orZero();
      if (in != out) {
        found.add(new Violation("APP-BALANCE", a + "carriedForward." + c.getJsonName()));
      }
    }
    ReviewAndLitigation lit = report.getReviewAndLitigation();
    for (CaseBlock block : CaseBlock.values()) {
      if (lit.computedTotal(block) != lit.getCount(block, CaseResult.TOTAL).orZero()) {
        found.add(new Violation("LIT-TOTAL", "reviewAndLitigation." + block.getJsonPath() + ".total"));
      }
    }
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        Cell cell = table.getCells().get(slot.getIndex());
        if (cell.isNegative() && slot.getKind() != CellKind.SIGNED_COUNT) {
          found.add(new Violation("CELL-NEGATIVE", slot.getPath()));
        }
      }
    }
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        if (!table.getCells().get(slot.getIndex()).isNumber()) {
          found.add(new Violation("CELL-MISSING", slot.getPath()));
        }
      }
    }
    String p = "proactiveDisclosure.";
    if (report instanceof Report2019 r) {
      ProactiveDisclosure2019 t = r.getProactiveDisclosure();
      for (Disclosure2019Row row : List.of(Disclosure2019Row.RULES, Disclosure2019Row.NORMATIVE_DOCUMENTS)) {
        if (t.getCount(row, Disclosure2019Column.NEWLY_PUBLISHED).orZero()
            > t.getCount(row, Disclosure2019Column.TOTAL_PUBLISHED).orZero()) {
          found.add(new Violation("A20-PUBLISHED", p + row.getJsonPath() + ".newlyPublished"));
        }
      }
      for (Disclosure2019Row row : Disclosure2019Row.values()) {
        if (row.getColumns().contains(Disclosure2019Column.CHANGE)
            && t.getCount(row, Disclosure2019Column.PREVIOUS_YEAR).orZero()
                + t.getCount(row, Disclosure2019Column.CHANGE).orZero() < 0) {
          found.add(new Violation("A20-PROJECTS", p + row.getJsonPath() + ".change"));
        }
      }
    } else {
      ProactiveDisclosure2021 t = (ProactiveDisclosure2021) report.getProactiveDisclosure();
      for (Disclosure2021Row row : List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS)) {
        if (t.getCount(row, Disclosure2021Column.ISSUED).orZero()
            > t.getCount(row, Disclosure2021Column.IN_FORCE).orZero()
                + t.getCount(row, Disclosure2021Column.REPEALED).orZero()) {
          found.add(new Violation("A20-ISSUED", p + row.getJsonPath() + ".issued"));
        }
      }
    }
    if (Edition.forYear(report.getYear()) != report.getEdition()) {
      found.add(new Violation("EDITION-YEAR", "edition"));
    }
    if (report.getYear() < 2008 || report.getYear() > Year.now().getValue()) {
      found.add(new Violation("YEAR-RANGE", "year"));
    }
    return found;
  }
}
