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

  /** The edition of the form the report follows. */
  Edition getEdition();

  /** The publishing organ as printed, e.g. {@code 重庆市涪陵区人民政府办公室}. */
  String getOrgan();

  /** The report year: the year reported on, not the year published. */
  int getYear();

  /** The date of publication, when known. */
  Optional<LocalDate> getPublishedOn();

  /** The narrative sections 一, 五 and 六. */
  Sections getSections();

  /** Table 二, 主动公开政府信息情况, of the report's edition. */
  Table<?, ?> getProactiveDisclosure();

  /** Table 三, 收到和处理政府信息公开申请情况. */
  Applications getApplications();

  /** Table 四, 政府信息公开行政复议、行政诉讼情况. */
  ReviewAndLitigation getReviewAndLitigation();

  /** The three tables in printed order: 二, 三, 四. */
  default List<Table<?, ?>> getTables() {
    return List.of(getProactiveDisclosure(), getApplications(), getReviewAndLitigation());
  }

  /** A copy with every printed total replaced by the sum of its parts. */
  AnnualReport withTotalsFilled();

  /** A fresh form (every cell 0) of an edition for an organ and year. */
  static AnnualReport blank(Edition edition, String organ, int year) {
    return switch (edition) {
      case V2019 -> Report2019.builder().organ(organ).year(year).build();
      case V2021 -> Report2021.builder().organ(organ).year(year).build();
    };
  }
}
