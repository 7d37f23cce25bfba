package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;

/** The seeds' numbers as expected reports' tables, built cell by cell from the printed text. */
final class SeedReports {

  static final Path SEEDS = Path.of("../testing/src/main/resources/org/ogireport/testing/published/seeds");
  static final Path REALWORLD = Path.of("../testing/src/main/resources/org/ogireport/testing/published/realworld");
  static final Path LAYOUTS = Path.of("src/test/resources/importer");
  static final ReportImporter IMPORTER = ReportImporter.builder().build();

  private SeedReports() {}

  static ImportResult read(Path file) {
    try {
      return IMPORTER.read(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Table 二 of a 2019 seed: zeros but for 规范性文件 and 政府集中采购. */
  static ProactiveDisclosure2019 disclosure2019(
      long[] normativeDocuments, long projects, Amount amount) {
    return ProactiveDisclosure2019.builder()
        .setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, normativeDocuments)
        .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS, projects)
        .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT, amount)
        .build();
  }

  /** Seed 001's table 二: 规范性文件 8 8 95, procurement 1 project, 91.82万元. */
  static ProactiveDisclosure2019 disclosure001() {
    return disclosure2019(new long[] {8, 8, 95}, 1,
        Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN));
  }

  /** Seed 001's table 三: 8 applications by natural persons, all granted. */
  static Applications applications001() {
    return Applications.builder(Edition.V2019)
        .setRow(ApplicationRow.NEW_RECEIVED, 8, 0, 0, 0, 0, 0, 8)
        .setRow(ApplicationRow.GRANTED, 8, 0, 0, 0, 0, 0, 8)
        .setRow(ApplicationRow.OUTCOME_TOTAL, 8, 0, 0, 0, 0, 0, 8)
        .build();
  }

  /** Seed 001's table 四: one review, corrected. */
  static ReviewAndLitigation review001() {
    return ReviewAndLitigation.builder()
        .set(CaseBlock.REVIEW, CaseResult.CORRECTED, 1)
        .set(CaseBlock.REVIEW, CaseResult.TOTAL, 1)
        .build();
  }

  /** Asserts every cell of every table, naming the first cell that differs. */
  static void assertTables(AnnualReport expected, AnnualReport actual) {
    assertEquals(expected.getEdition(), actual.getEdition(), "edition");
    for (int t = 0; t < 3; t++) {
      assertTable(expected.getTables().get(t), actual.getTables().get(t));
    }
  }

  static void assertTable(Table<?, ?> expected, Table<?, ?> actual) {
    assertEquals(expected.getLayout(), actual.getLayout());
    for (var slot : expected.getLayout().getSlots()) {
      assertEquals(expected.getCells().get(slot.getIndex()), actual.getCells().get(slot.getIndex()),
          slot.getPath());
    }
  }

  /** Every cell of table 三 of an edition left blank. */
  static Applications.Builder blankOtherHandling(Applications.Builder builder) {
    for (ApplicationRow row : new ApplicationRow[] {
        ApplicationRow.OTHER_NO_CORRECTION, ApplicationRow.OTHER_UNPAID_FEE}) {
      for (Applicant column : Applicant.values()) {
        builder.setBlank(row, column);
      }
    }
    return builder;
  }
}
