package org.ogireport.validation;

import static org.ogireport.core.Applicant.COMMERCIAL_ENTERPRISE;
import static org.ogireport.core.Applicant.NATURAL_PERSON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;

/**
 * A realistic report that passes every rule, in either edition, whose table builders a test
 * changes before {@link #build()}.
 */
final class Fixture {

  /** The clock of every test: mid-2025, so YEAR-RANGE allows 2008–2025. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC);

  final Edition edition;
  int year;
  final ProactiveDisclosure2019.Builder disclosure2019 = ProactiveDisclosure2019.builder();
  final ProactiveDisclosure2021.Builder disclosure2021 = ProactiveDisclosure2021.builder();
  final Applications.Builder applications;
  final ReviewAndLitigation.Builder review = ReviewAndLitigation.builder();

  private Fixture(Edition edition) {
    this.edition = edition;
    this.year = edition == Edition.V2019 ? 2020 : 2023;
    this.applications = Applications.builder(edition);
  }

  /** A report with realistic numbers that breaks no rule. */
  static Fixture valid(Edition edition) {
    Fixture f = new Fixture(edition);
    f.disclosure2019
        .setRow(Disclosure2019Row.RULES, 0, 0, 5)
        .setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, 12, 12, 120)
        .setRow(Disclosure2019Row.LICENSING, 80, -3, 550)
        .setRow(Disclosure2019Row.OTHER_SERVICES, 20, 2, 10)
        .setRow(Disclosure2019Row.PENALTIES, 30, 0, 4119)
        .setRow(Disclosure2019Row.COMPULSION, 5, 1, 195)
        .setRow(Disclosure2019Row.FEES, 3, 0)
        .set(Disclosure2019Row.PROCUREMENT, org.ogireport.core.Disclosure2019Column.PROJECTS, 12)
        .set(Disclosure2019Row.PROCUREMENT, org.ogireport.core.Disclosure2019Column.AMOUNT,
            new BigDecimal("91.82"), MoneyUnit.WAN_YUAN);
    f.disclosure2021
        .setRow(Disclosure2021Row.RULES, 1, 0, 12)
        .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 3, 2, 40)
        .setRow(Disclosure2021Row.LICENSING, 550)
        .setRow(Disclosure2021Row.PENALTIES, 4119)
        .setRow(Disclosure2021Row.COMPULSION, 195)
        .set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
            new BigDecimal("7730.28"), MoneyUnit.WAN_YUAN);
    f.applications
        .set(ApplicationRow.NEW_RECEIVED, NATURAL_PERSON, 21)
        .set(ApplicationRow.NEW_RECEIVED, COMMERCIAL_ENTERPRISE, 2)
        .set(ApplicationRow.CARRIED_OVER, NATURAL_PERSON, 1)
        .set(ApplicationRow.GRANTED, NATURAL_PERSON, 10)
        .set(ApplicationRow.GRANTED, COMMERCIAL_ENTERPRISE, 1)
        .set(ApplicationRow.PARTIALLY_GRANTED, NATURAL_PERSON, 4)
        .set(ApplicationRow.WITHHELD_STATE_SECRET, NATURAL_PERSON, 1)
        .set(ApplicationRow.UNABLE_NOT_HELD, NATURAL_PERSON, 3)
        .set(ApplicationRow.UNABLE_NOT_HELD, COMMERCIAL_ENTERPRISE, 1)
        .set(edition == Edition.V2019
                ? ApplicationRow.OTHER_HANDLING
                : ApplicationRow.OTHER_NO_CORRECTION,
            NATURAL_PERSON, 1)
        .set(ApplicationRow.CARRIED_FORWARD, NATURAL_PERSON, 3)
        .fillTotals();
    f.review
        .setRow(CaseBlock.REVIEW, 10, 1, 0, 1, 0)
        .setRow(CaseBlock.LITIGATION_DIRECT, 2, 0, 0, 0, 0)
        .fillTotals();
    return f;
  }

  /** The report as the builders now stand. */
  AnnualReport build() {
    return AnnualReport.builder(edition)
        .organ("某某区人民政府办公室").year(year)
        .proactiveDisclosure(
            edition == Edition.V2019 ? disclosure2019.build() : disclosure2021.build())
        .applications(applications.build())
        .reviewAndLitigation(review.build())
        .build();
  }

  /** The count now set at a row and column of table 三. */
  long count(ApplicationRow row, org.ogireport.core.Applicant column) {
    return ((org.ogireport.core.Count) applications.get(row, column)).orZero();
  }

  /** Where a finding is, as a path with its year when it has one: {@code 2024:applications…}. */
  static String path(Diagnostic d) {
    return where(d.getLocation());
  }

  private static String where(Location location) {
    return location.getYear().isPresent()
        ? location.getYear().getAsInt() + ":" + location.getPath()
        : location.getPath();
  }

  /** The places of the cells a finding read, in reading order, as {@link #path}. */
  static List<String> cells(Diagnostic d) {
    return d.getCells().keySet().stream().map(Fixture::where).toList();
  }

  /** The cells a finding read, as {@code {path=value, …}}. */
  static String cellsString(Diagnostic d) {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    d.getCells().forEach((where, cell) -> out.add(where(where) + "=" + cell));
    return out.toString();
  }

  /** The English message. */
  static String en(Diagnostic d) {
    return d.getMessage(Locale.ENGLISH);
  }

  /** The Chinese message. */
  static String zh(Diagnostic d) {
    return d.getMessage(Locale.SIMPLIFIED_CHINESE);
  }
}
