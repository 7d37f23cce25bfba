package org.ogireport.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReportBuilder;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;
import org.ogireport.core.TableLayout;
import org.ogireport.core.rules.Rule;

/** How each rule of the catalogue is broken: by changing the cells the rule reads. */
enum RuleBreaker {
  /** 总计 of 二 and 四 both raised: their rows no longer add up, the balance still holds. */
  APP_ROW_TOTAL(Rule.APP_ROW_TOTAL) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      long d = 1 + random.nextInt(5);
      Applications.Builder b = Applications.builder(report.getEdition()).from(report.getApplications());
      add(b, ApplicationRow.CARRIED_OVER, Applicant.TOTAL, d);
      add(b, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL, d);
      return broken(withApplications(report, b.build()),
          path(b, ApplicationRow.CARRIED_OVER, Applicant.TOTAL),
          path(b, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL));
    }
  },
  /** One outcome raised with its row total: the （七）总计 row no longer sums the outcomes. */
  APP_OUTCOME_TOTAL(Rule.APP_OUTCOME_TOTAL) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      long d = 1 + random.nextInt(5);
      List<ApplicationRow> outcomes = ApplicationRow.outcomes(report.getEdition());
      ApplicationRow row = outcomes.get(random.nextInt(outcomes.size()));
      Applicant column = Applicant.parts().get(random.nextInt(Applicant.parts().size()));
      Applications.Builder b = Applications.builder(report.getEdition()).from(report.getApplications());
      add(b, row, column, d);
      add(b, row, Applicant.TOTAL, d);
      return broken(withApplications(report, b.build()),
          path(b, ApplicationRow.OUTCOME_TOTAL, column),
          path(b, ApplicationRow.OUTCOME_TOTAL, Applicant.TOTAL));
    }
  },
  /** 四 raised in one column and its 总计: 一 + 二 no longer equals 三（七） + 四. */
  APP_BALANCE(Rule.APP_BALANCE) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      long d = 1 + random.nextInt(5);
      Applicant column = Applicant.parts().get(random.nextInt(Applicant.parts().size()));
      Applications.Builder b = Applications.builder(report.getEdition()).from(report.getApplications());
      add(b, ApplicationRow.CARRIED_FORWARD, column, d);
      add(b, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL, d);
      return broken(withApplications(report, b.build()),
          path(b, ApplicationRow.CARRIED_FORWARD, column),
          path(b, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL));
    }
  },
  /** A block's 总计 raised in table 四. */
  LIT_TOTAL(Rule.LIT_TOTAL) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      CaseBlock block = CaseBlock.values()[random.nextInt(CaseBlock.values().length)];
      ReviewAndLitigation.Builder b = ReviewAndLitigation.builder().from(report.getReviewAndLitigation());
      add(b, block, CaseResult.TOTAL, 1 + random.nextInt(5));
      return broken(copy(report).reviewAndLitigation(b.build()).build(),
          path(b, block, CaseResult.TOTAL));
    }
  },
  /** A 处理决定数量 of table 二 (read by no sum) made negative. */
  CELL_NEGATIVE(Rule.CELL_NEGATIVE) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      long negative = -1 - random.nextInt(50);
      if (report instanceof Report2019 r) {
        ProactiveDisclosure2019.Builder b = ProactiveDisclosure2019.builder().from(r.getProactiveDisclosure());
        Disclosure2019Row row = pick(random, rowsWith(b.getLayout(), Disclosure2019Column.DECISIONS));
        b.set(row, Disclosure2019Column.DECISIONS, negative);
        return broken(copy(r).proactiveDisclosure(b.build()).build(),
            path(b, row, Disclosure2019Column.DECISIONS));
      }
      Report2021 r = (Report2021) report;
      ProactiveDisclosure2021.Builder b = ProactiveDisclosure2021.builder().from(r.getProactiveDisclosure());
      Disclosure2021Row row = pick(random, rowsWith(b.getLayout(), Disclosure2021Column.DECISIONS));
      b.set(row, Disclosure2021Column.DECISIONS, negative);
      return broken(copy(r).proactiveDisclosure(b.build()).build(),
          path(b, row, Disclosure2021Column.DECISIONS));
    }
  },
  /** A cell of table 三 that holds 0 left blank or marked (it still counts 0 in the sums). */
  CELL_MISSING(Rule.CELL_MISSING) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      Applications.Builder b = Applications.builder(report.getEdition()).from(report.getApplications());
      List<CellSlot<ApplicationRow, Applicant>> zeros = new ArrayList<>();
      for (CellSlot<ApplicationRow, Applicant> slot : b.getLayout().getSlots()) {
        if (report.getApplications().get(slot).isNumber()
            && report.getApplications().get(slot).toDecimalOrZero().signum() == 0) {
          zeros.add(slot);
        }
      }
      if (zeros.isEmpty()) { // no zero in table 三: move a count into （一）, keeping every sum
        ApplicationRow from = ApplicationRow.PARTIALLY_GRANTED;
        Applicant column = Applicant.NATURAL_PERSON;
        long moved = b.get(from, column).toDecimalOrZero().longValueExact();
        add(b, from, column, -moved);
        add(b, from, Applicant.TOTAL, -moved);
        add(b, ApplicationRow.GRANTED, column, moved);
        add(b, ApplicationRow.GRANTED, Applicant.TOTAL, moved);
        zeros.add(b.getLayout().getSlot(from, column));
      }
      CellSlot<ApplicationRow, Applicant> slot = pick(random, zeros);
      if (random.nextBoolean()) {
        b.setBlank(slot.getRow(), slot.getColumn());
      } else {
        b.setMarker(slot.getRow(), slot.getColumn());
      }
      return broken(withApplications(report, b.build()), slot.getPath());
    }
  },
  /** 2019 item （一）: 本年新公开数量 above 对外公开总数量. */
  A20_PUBLISHED(Rule.A20_PUBLISHED) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      Report2019 r = (Report2019) report;
      ProactiveDisclosure2019.Builder b = ProactiveDisclosure2019.builder().from(r.getProactiveDisclosure());
      Disclosure2019Row row = pick(random, rowsWith(b.getLayout(), Disclosure2019Column.NEWLY_PUBLISHED));
      long total = r.getProactiveDisclosure().getCount(row, Disclosure2019Column.TOTAL_PUBLISHED).orZero();
      b.set(row, Disclosure2019Column.NEWLY_PUBLISHED, total + 1 + random.nextInt(5));
      return broken(copy(r).proactiveDisclosure(b.build()).build(),
          path(b, row, Disclosure2019Column.NEWLY_PUBLISHED));
    }
  },
  /** 2021 item （一）: 本年制发件数 above 现行有效件数 + 本年废止件数. */
  A20_ISSUED(Rule.A20_ISSUED) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      Report2021 r = (Report2021) report;
      ProactiveDisclosure2021 t = r.getProactiveDisclosure();
      ProactiveDisclosure2021.Builder b = ProactiveDisclosure2021.builder().from(t);
      Disclosure2021Row row = pick(random, rowsWith(b.getLayout(), Disclosure2021Column.ISSUED));
      long limit = t.getCount(row, Disclosure2021Column.IN_FORCE).orZero()
          + t.getCount(row, Disclosure2021Column.REPEALED).orZero();
      b.set(row, Disclosure2021Column.ISSUED, limit + 1 + random.nextInt(5));
      return broken(copy(r).proactiveDisclosure(b.build()).build(),
          path(b, row, Disclosure2021Column.ISSUED));
    }
  },
  /** 2019 items （五）（六）（八）: 本年增/减 taking more items than the previous year had. */
  A20_PROJECTS(Rule.A20_PROJECTS) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      Report2019 r = (Report2019) report;
      ProactiveDisclosure2019.Builder b = ProactiveDisclosure2019.builder().from(r.getProactiveDisclosure());
      Disclosure2019Row row = pick(random, rowsWith(b.getLayout(), Disclosure2019Column.CHANGE));
      long previous = r.getProactiveDisclosure().getCount(row, Disclosure2019Column.PREVIOUS_YEAR).orZero();
      b.set(row, Disclosure2019Column.CHANGE, -previous - 1 - random.nextInt(5));
      return broken(copy(r).proactiveDisclosure(b.build()).build(),
          path(b, row, Disclosure2019Column.CHANGE));
    }
  },
  /** A 2019-edition report for 2021 or later, or a 2021-edition one for 2019–2020. */
  EDITION_YEAR(Rule.EDITION_YEAR) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      int year = report.getEdition() == Edition.V2019
          ? 2021 + random.nextInt(4)
          : 2019 + random.nextInt(2);
      return broken(copy(report).year(year).build(), "edition");
    }
  },
  /**
   * A 2019-edition report for a year before 2008 (the regulations' first year): a 2021-edition
   * one would break EDITION-YEAR too.
   */
  YEAR_RANGE(Rule.YEAR_RANGE, Edition.V2019) {
    @Override
    BrokenReport breakRule(AnnualReport report, Random random) {
      return broken(copy(report).year(1995 + random.nextInt(13)).build(), "year");
    }
  };

  private final Rule rule;
  private final Edition edition;

  /** Breaks a rule in a report of the rule's one edition, or of either when it has both. */
  RuleBreaker(Rule rule) {
    this(rule, rule.getEditions().size() == 1 ? rule.getEditions().iterator().next() : null);
  }

  /** Breaks a rule in a report of the given edition, or of either when null. */
  RuleBreaker(Rule rule, Edition edition) {
    this.rule = rule;
    this.edition = edition;
  }

  /** Breaks the rule in a valid report. */
  abstract BrokenReport breakRule(AnnualReport report, Random random);

  /** The edition of report to start from: the rule's own, else drawn. */
  Edition edition(Random random) {
    return edition != null ? edition : Edition.values()[random.nextInt(Edition.values().length)];
  }

  BrokenReport broken(AnnualReport report, String... paths) {
    return new BrokenReport(report, rule.getId(), List.of(paths));
  }

  /**
   * The breaker of a rule id.
   *
   * @throws IllegalArgumentException naming the id and the rules that can be broken
   */
  static RuleBreaker ofId(String id) {
    List<String> known = new ArrayList<>();
    for (RuleBreaker b : values()) {
      if (b.rule.getId().equals(id)) {
        return b;
      }
      known.add(b.rule.getId());
    }
    throw new IllegalArgumentException(
        "unknown rule id '" + id + "': expected one of " + String.join(", ", known));
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      void add(Table.Builder<?, R, C, ?> b, R row, C column, long d) {
    long value = b.get(row, column).toDecimalOrZero().longValueExact();
    b.set(row, column, value + d);
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      String path(Table.Builder<?, R, C, ?> b, R row, C column) {
    return b.getLayout().getSlot(row, column).getPath();
  }

  private static <R extends Enum<R> & org.ogireport.core.Row<C>, C extends Enum<C> & org.ogireport.core.Column>
      List<R> rowsWith(TableLayout<R, C> layout, C column) {
    List<R> rows = new ArrayList<>();
    for (R row : layout.getRows()) {
      if (layout.contains(row, column)) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A builder holding every field and table of a report, to change some. */
  private static ReportBuilder copy(AnnualReport report) {
    return AnnualReport.builder(report.getEdition()).from(report);
  }

  private static AnnualReport withApplications(AnnualReport report, Applications table) {
    return copy(report).applications(table).build();
  }
}
