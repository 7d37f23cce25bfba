package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Article20Item;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.CellState;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.NarrativeFigure;
import org.ogireport.core.rules.Rule;

/**
 * The instances of the catalogue's rules on the cells of each table, built by walking the row
 * and column enums, with what the importer knows beside the table: last year's report (the
 * series rules) and the figures the report's narrative states.
 */
final class FormRules {

  /** The key of table 四's single printed row of fifteen cells. */
  static final String REVIEW_ROW = "reviewAndLitigation";

  private FormRules() {}

  /** The column index of table 四's cell of a block and result in its row of fifteen. */
  static int reviewColumn(CaseBlock block, CaseResult result) {
    return block.ordinal() * CaseResult.values().length + result.ordinal();
  }

  // ---- table 三 ----

  /**
   * The rules of table 三 on the rows the report prints (the form's, or without the two
   * （六）其他处理 rows a 2021 report printing a single one leaves out).
   */
  static List<RuleInstance<ApplicationRow>> applications(
      Edition edition, List<ApplicationRow> rows, Hints hints) {
    List<RuleInstance<ApplicationRow>> out = new ArrayList<>();
    for (ApplicationRow row : rows) {
      RuleInstance<ApplicationRow> total =
          RuleInstance.equality(Rule.APP_ROW_TOTAL, row.getNumberedLabel());
      Applicant.parts().forEach(c -> total.plus(row, c.ordinal()));
      out.add(total.minus(row, Applicant.TOTAL.ordinal()));
    }
    for (Applicant column : Applicant.values()) {
      int c = column.ordinal();
      RuleInstance<ApplicationRow> outcomes =
          RuleInstance.equality(Rule.APP_OUTCOME_TOTAL, column.getLabel());
      rows.stream().filter(ApplicationRow::isOutcome).forEach(r -> outcomes.plus(r, c));
      out.add(outcomes.minus(ApplicationRow.OUTCOME_TOTAL, c));
      RuleInstance<ApplicationRow> balance =
          RuleInstance.equality(Rule.APP_BALANCE, column.getLabel());
      for (ApplicationRow row : rows) {
        switch (row.getPart()) {
          case RECEIVED -> balance.plus(row, c);
          case OUTCOME_TOTAL, CARRIED_FORWARD -> balance.minus(row, c);
          default -> { }
        }
      }
      out.add(balance);
    }
    hints.previous().ifPresent(last -> {
      Applications before = last.getApplications();
      for (Applicant column : Applicant.values()) {
        Count carried = before.getCount(ApplicationRow.CARRIED_FORWARD, column);
        if (carried.getState() == CellState.NUMBER) {
          out.add(RuleInstance.<ApplicationRow>equality(Rule.SERIES_CARRY, column.getLabel())
              .plus(ApplicationRow.CARRIED_OVER, column.ordinal()).constant(-carried.getValue()));
        }
      }
    });
    return out;
  }

  /** The figures the overview states about table 三, as rules that only choose. */
  static List<RuleInstance<ApplicationRow>> applicationsNarrative(Hints hints) {
    List<RuleInstance<ApplicationRow>> out = new ArrayList<>();
    Narrative narrative = hints.narrative();
    narrative.get(NarrativeFigure.APPLICATIONS).ifPresent(s -> out.add(
        RuleInstance.<ApplicationRow>equality(Rule.NARR_APPLICATIONS, s.getQuote())
            .plus(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL.ordinal()).constant(-s.getValue())));
    narrative.get(NarrativeFigure.CARRIED_OVER).ifPresent(s -> out.add(
        RuleInstance.<ApplicationRow>equality(Rule.NARR_CARRIED_OVER, s.getQuote())
            .plus(ApplicationRow.CARRIED_OVER, Applicant.TOTAL.ordinal()).constant(-s.getValue())));
    return out;
  }

  // ---- table 四 ----

  static List<RuleInstance<String>> review(Hints hints) {
    List<RuleInstance<String>> out = new ArrayList<>();
    for (CaseBlock block : CaseBlock.values()) {
      RuleInstance<String> total = RuleInstance.equality(Rule.LIT_TOTAL, block.getLabel());
      CaseResult.parts().forEach(r -> total.plus(REVIEW_ROW, reviewColumn(block, r)));
      out.add(total.minus(REVIEW_ROW, reviewColumn(block, CaseResult.TOTAL)));
    }
    return out;
  }

  /** The figures the overview states about table 四, as rules that only choose. */
  static List<RuleInstance<String>> reviewNarrative(Hints hints) {
    List<RuleInstance<String>> out = new ArrayList<>();
    Narrative narrative = hints.narrative();
    narrative.get(NarrativeFigure.REVIEW).ifPresent(s -> out.add(
        RuleInstance.<String>equality(Rule.NARR_REVIEW, s.getQuote())
            .plus(REVIEW_ROW, reviewColumn(CaseBlock.REVIEW, CaseResult.TOTAL))
            .constant(-s.getValue())));
    narrative.get(NarrativeFigure.LITIGATION).ifPresent(s -> {
      RuleInstance<String> sum = RuleInstance.equality(Rule.NARR_LITIGATION, s.getQuote());
      for (CaseBlock block : CaseBlock.values()) {
        if (block.isLitigation()) {
          sum.plus(REVIEW_ROW, reviewColumn(block, CaseResult.TOTAL));
        }
      }
      out.add(sum.constant(-s.getValue()));
    });
    return out;
  }

  // ---- table 二 ----

  static List<RuleInstance<Disclosure2019Row>> disclosure2019(Hints hints) {
    List<RuleInstance<Disclosure2019Row>> out = new ArrayList<>();
    Optional<Table<Disclosure2019Row, Disclosure2019Column>> last = hints.previous()
        .filter(r -> r.getEdition() == Edition.V2019)
        .map(r -> table(r.getProactiveDisclosure(), Disclosure2019Row.class));
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getItem() == Article20Item.ITEM_1) {
        out.add(RuleInstance.<Disclosure2019Row>atMostZero(Rule.A20_PUBLISHED, row.getLabel())
            .plus(row, index(row, Disclosure2019Column.NEWLY_PUBLISHED))
            .minus(row, index(row, Disclosure2019Column.TOTAL_PUBLISHED)));
      } else if (row.getColumns().contains(Disclosure2019Column.CHANGE)) {
        int previous = index(row, Disclosure2019Column.PREVIOUS_YEAR);
        out.add(RuleInstance.<Disclosure2019Row>atMostZero(Rule.A20_PROJECTS, row.getLabel())
            .minus(row, previous).minus(row, index(row, Disclosure2019Column.CHANGE)));
        last.ifPresent(t -> {
          Count before = t.getCount(row, Disclosure2019Column.PREVIOUS_YEAR);
          Count change = t.getCount(row, Disclosure2019Column.CHANGE);
          if (before.getState() == CellState.NUMBER && change.getState() == CellState.NUMBER) {
            out.add(RuleInstance.<Disclosure2019Row>equality(Rule.SERIES_PROJECTS,
                row.getLabel()).plus(row, previous)
                .constant(-(before.getValue() + change.getValue())));
          }
        });
      }
    }
    return out;
  }

  static List<RuleInstance<Disclosure2021Row>> disclosure2021(Hints hints) {
    List<RuleInstance<Disclosure2021Row>> out = new ArrayList<>();
    Optional<Table<Disclosure2021Row, Disclosure2021Column>> last = hints.previous()
        .filter(r -> r.getEdition() == Edition.V2021)
        .map(r -> table(r.getProactiveDisclosure(), Disclosure2021Row.class));
    for (Disclosure2021Row row : Disclosure2021Row.values()) {
      if (row.getItem() != Article20Item.ITEM_1) {
        continue;
      }
      int issued = index(row, Disclosure2021Column.ISSUED);
      int repealed = index(row, Disclosure2021Column.REPEALED);
      int inForce = index(row, Disclosure2021Column.IN_FORCE);
      out.add(RuleInstance.<Disclosure2021Row>atMostZero(Rule.A20_ISSUED, row.getLabel())
          .plus(row, issued).minus(row, inForce).minus(row, repealed));
      last.ifPresent(t -> {
        Count before = t.getCount(row, Disclosure2021Column.IN_FORCE);
        if (before.getState() == CellState.NUMBER) {
          out.add(RuleInstance.<Disclosure2021Row>equality(Rule.SERIES_IN_FORCE,
                  row.getLabel()).plus(row, inForce).minus(row, issued).plus(row, repealed)
              .constant(-before.getValue()));
        }
      });
    }
    return out;
  }

  /** The counts of documents the overview states for table 二, as rules that only choose. */
  static List<RuleInstance<Disclosure2021Row>> disclosure2021Narrative(Hints hints) {
    List<RuleInstance<Disclosure2021Row>> out = new ArrayList<>();
    NarrativeDocuments.of(hints.overview()).forEach((row, byColumn) -> byColumn.forEach(
        (column, figure) -> out.add(RuleInstance.<Disclosure2021Row>stated(figure.quote()).plus(row, index(row, column)).constant(-figure.value()))));
    return out;
  }

  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> int index(
      R row, C column) {
    return row.getColumns().indexOf(column);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Table<R, C> table(
      Table<?, ?> table, Class<R> rows) {
    return (Table<R, C>) table;
  }
}
