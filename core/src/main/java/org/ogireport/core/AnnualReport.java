package org.ogireport.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An annual report on Open Government Information (政府信息公开工作年度报告) of one organ for one
 * year, in one of the two official editions: a {@link Report2019} or a {@link Report2021}.
 *
 * <p>The edition decides the shape of the tables, and the type system keeps them apart: a
 * {@code Report2019} holds a {@link ProactiveDisclosure2019} and a 2019 table 三, a
 * {@code Report2021} the 2021 ones.
 *
 * <pre>{@code
 * AnnualReport report = Report2021.builder()
 *     .organ("巫溪县信访办公室")
 *     .year(2022)
 *     .build();                          // a fresh form: every cell 0
 * report.getApplications().getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);  // 0
 * }</pre>
 *
 * <p>Each edition's type declares the rules of the catalogue once per group
 * ({@link org.ogireport.core.constraints.RuleCatalogue}): a {@code jakarta.validation.Validator}
 * applies them when {@code ogi-report-validation} is on the class path. Immutable and
 * thread-safe.
 */
public sealed interface AnnualReport permits Report2019, Report2021 {

  /** {@return the edition of the form the report follows} */
  Edition getEdition();

  /** {@return the publishing organ as printed, e.g. {@code 重庆市涪陵区人民政府办公室}} */
  String getOrgan();

  /** {@return the report year, e.g. {@code 2022}: the year reported on, not the year published} */
  int getYear();

  /** {@return the date of publication; empty when the report does not say} */
  Optional<LocalDate> getPublishedOn();

  /** {@return the narrative sections 一, 五 and 六, each possibly empty} */
  Sections getSections();

  /**
   * {@return table 二, 主动公开政府信息情况, of the report's edition} Its type is
   * {@link ProactiveDisclosure2019} or {@link ProactiveDisclosure2021}, as the edition's own
   * report type declares.
   */
  Table<?, ?> getProactiveDisclosure();

  /** {@return table 三, 收到和处理政府信息公开申请情况, with the rows of the report's edition} */
  Applications getApplications();

  /** {@return table 四, 政府信息公开行政复议、行政诉讼情况} */
  ReviewAndLitigation getReviewAndLitigation();

  /** {@return the three tables in printed order: 二, 三, 四} */
  default List<Table<?, ?>> getTables() {
    return List.of(getProactiveDisclosure(), getApplications(), getReviewAndLitigation());
  }

  /**
   * Not a property: a guard for JSON mappers. A report has no JavaBean form, yet a mapper without
   * ogi-report's module writes every public {@code get} accessor of a type it has no serializer
   * for, and so would write a report bean-shaped without a word (Jackson 3 does, and Jackson 2
   * once Spring Boot has registered its {@code Optional} support). This accessor stops it with a
   * message that names the module to register: core knows no JSON library and carries no Jackson
   * annotation, and a public accessor is the one hook every such mapper honours. Never call it.
   *
   * @return never returns
   * @throws UnsupportedOperationException always, naming the module to register
   */
  default Object getJsonModule() {
    throw new UnsupportedOperationException("a report has no JavaBean form: register ogi-report's "
        + "Jackson module, org.ogireport.json.OgiReportModule (Jackson 2, ogi-report-json) or "
        + "org.ogireport.json.jackson3.OgiReportModule (Jackson 3, ogi-report-jackson3); in "
        + "Spring Boot add ogi-report-spring-boot3 or ogi-report-spring-boot4");
  }

  /**
   * Returns a copy with every printed total replaced by the sum of its parts; the parts, the
   * sections and the other fields are kept.
   *
   * @return the copy, of the same edition
   */
  AnnualReport withTotalsFilled();

  /**
   * Obtains a fresh form (every cell 0) of an edition for an organ and year.
   *
   * @param edition the edition, not null
   * @param organ the organ as printed, not null
   * @param year the report year, e.g. {@code 2022}
   * @return the report, with empty sections and no publication date
   */
  static AnnualReport blank(Edition edition, String organ, int year) {
    return builder(edition).organ(organ).year(year).build();
  }

  /**
   * A builder for a report of an edition known only at run time; with the edition known in the
   * code, {@link Report2019#builder()} and {@link Report2021#builder()} are typed more precisely.
   *
   * @param edition the edition, not null
   * @return a builder
   */
  static ReportBuilder builder(Edition edition) {
    return new ReportBuilder(edition);
  }
}
