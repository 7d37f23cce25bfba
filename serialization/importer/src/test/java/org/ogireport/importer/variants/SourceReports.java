package org.ogireport.importer.variants;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;

/**
 * The reports variants are made from: the seeds, the real reports, and generated reports of both
 * editions whose cells are non-zero and mostly distinct, so that a cell read into the wrong place
 * shows.
 */
final class SourceReports {

  private SourceReports() {}

  /** Seeds, real reports and {@code generated} generated reports, by name. */
  static Map<String, AnnualReport> all(int generated) {
    Map<String, AnnualReport> reports = new LinkedHashMap<>();
    Fixtures.seeds().forEach((k, v) -> reports.put("seed-" + k.substring(0, 3), v));
    reports.putAll(Fixtures.realWorld());
    ReportGenerator generator = new ReportGenerator(20261122L);
    Random random = new Random(42);
    for (int i = 0; i < generated; i++) {
      Edition edition = i % 2 == 0 ? Edition.V2019 : Edition.V2021;
      reports.put("generated-" + edition.getCode() + "-" + i,
          distinct(generator.next(edition), random));
    }
    return reports;
  }

  /**
   * The report with every cell replaced by a non-zero number that keeps the catalogue's rules
   * as real reports mostly do: totals the sums of their parts, 一 + 二 = 三（七） + 四 in every
   * column, the article 20 relations of table 二.
   */
  static AnnualReport distinct(AnnualReport report, Random random) {
    Edition edition = report.getEdition();
    Applications.Builder applications = Applications.builder(edition);
    for (Applicant column : Applicant.parts()) {
      int scale = column == Applicant.NATURAL_PERSON ? 4000 : 300;
      long outcomes = 0;
      for (ApplicationRow row : ApplicationRow.outcomes(edition)) {
        int n = 1 + random.nextInt(scale);
        applications.set(row, column, n);
        outcomes += n;
      }
      int forward = 1 + random.nextInt(scale / 4);
      int carried = 1 + random.nextInt(scale / 4);
      applications.set(ApplicationRow.CARRIED_FORWARD, column, forward);
      applications.set(ApplicationRow.CARRIED_OVER, column, carried);
      applications.set(ApplicationRow.NEW_RECEIVED, column, outcomes + forward - carried);
    }
    ReviewAndLitigation.Builder review = ReviewAndLitigation.builder();
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.parts()) {
        review.set(block, result, 1 + random.nextInt(90));
      }
    }
    Applications table3 = applications.fillTotals().build();
    ReviewAndLitigation table4 = review.fillTotals().build();
    if (edition == Edition.V2019) {
      ProactiveDisclosure2019.Builder b = ProactiveDisclosure2019.builder();
      for (Disclosure2019Row row : Disclosure2019Row.values()) {
        long previous = count(random);
        for (Disclosure2019Column c : row.getColumns()) {
          switch (c) {
            case AMOUNT -> b.set(row, c, amount(random));
            case TOTAL_PUBLISHED -> b.set(row, c,
                b.get(row, Disclosure2019Column.NEWLY_PUBLISHED) instanceof Count n
                    ? n.getValue() + random.nextInt(500) : count(random));
            case PREVIOUS_YEAR -> b.set(row, c, previous);
            case CHANGE -> {
              long change = Math.max(-previous, random.nextInt(2400) - 400);
              b.set(row, c, change == 0 ? 7 : change);
            }
            default -> b.set(row, c, count(random));
          }
        }
      }
      return Report2019.builder().organ(report.getOrgan()).year(report.getYear())
          .proactiveDisclosure(b.build()).applications(table3).reviewAndLitigation(table4)
          .build();
    }
    ProactiveDisclosure2021.Builder b = ProactiveDisclosure2021.builder();
    for (Disclosure2021Row row : Disclosure2021Row.values()) {
      for (Disclosure2021Column c : row.getColumns()) {
        switch (c) {
          case AMOUNT -> b.set(row, c, amount(random));
          case IN_FORCE -> b.set(row, c,
              ((Count) b.get(row, Disclosure2021Column.ISSUED)).getValue() + random.nextInt(900));
          default -> b.set(row, c, count(random));
        }
      }
    }
    return Report2021.builder().organ(report.getOrgan()).year(report.getYear())
        .proactiveDisclosure(b.build()).applications(table3).reviewAndLitigation(table4).build();
  }

  private static long count(Random random) {
    return 1 + random.nextInt(random.nextBoolean() ? 999 : 12_000_000);
  }

  private static Amount amount(Random random) {
    return Amount.of(BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2), MoneyUnit.WAN_YUAN);
  }
}
