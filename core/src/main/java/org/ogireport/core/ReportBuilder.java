package org.ogireport.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a report of an edition chosen at run time, for code that learns the edition from its
 * input (a reader, an importer, a generator) and would otherwise switch between
 * {@link Report2019#builder()} and {@link Report2021#builder()} itself.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder(edition)
 *     .organ("巫溪县信访办公室")
 *     .year(2022)
 *     .proactiveDisclosure(ProactiveDisclosure2021.zeros())   // a table of the edition's shape
 *     .build();                                               // tables not set: the fresh form
 * }</pre>
 *
 * <p>Not thread-safe. The report checks its shape when built, with messages naming the part.
 */
public final class ReportBuilder {

  private final Edition edition;
  private String organ;
  private Integer year;
  private LocalDate publishedOn;
  private Sections sections = Sections.empty();
  private Table<?, ?> proactiveDisclosure;
  private Applications applications;
  private ReviewAndLitigation reviewAndLitigation;

  ReportBuilder(Edition edition) {
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  /**
   * Every field and table of a report of this builder's edition, to change some of them and build
   * a copy.
   *
   * <pre>{@code
   * AnnualReport later = AnnualReport.builder(report.getEdition()).from(report).year(2024).build();
   * }</pre>
   *
   * @param report the report, not null
   * @return this builder
   * @throws IllegalArgumentException when the report is of another edition, naming both
   */
  public ReportBuilder from(AnnualReport report) {
    if (report.getEdition() != edition) {
      throw new IllegalArgumentException("a builder of the " + edition.getCode()
          + " edition cannot copy a report of the " + report.getEdition().getCode() + " edition");
    }
    return organ(report.getOrgan()).year(report.getYear()).publishedOn(report.getPublishedOn())
        .sections(report.getSections()).proactiveDisclosure(report.getProactiveDisclosure())
        .applications(report.getApplications())
        .reviewAndLitigation(report.getReviewAndLitigation());
  }

  /**
   * The organ as printed.
   *
   * @param name the organ, not null
   * @return this builder
   */
  public ReportBuilder organ(String name) {
    this.organ = Objects.requireNonNull(name, "organ");
    return this;
  }

  /**
   * The report year.
   *
   * @param reportYear the year reported on
   * @return this builder
   */
  public ReportBuilder year(int reportYear) {
    this.year = reportYear;
    return this;
  }

  /**
   * The date of publication.
   *
   * @param date the date, or empty when not known
   * @return this builder
   */
  public ReportBuilder publishedOn(Optional<LocalDate> date) {
    this.publishedOn = date.orElse(null);
    return this;
  }

  /**
   * The narrative sections; none when not set.
   *
   * @param texts the sections, not null
   * @return this builder
   */
  public ReportBuilder sections(Sections texts) {
    this.sections = Objects.requireNonNull(texts, "sections");
    return this;
  }

  /**
   * Table 二: a {@link ProactiveDisclosure2019} or a {@link ProactiveDisclosure2021}, as the
   * edition has it.
   *
   * @param table the table, not null
   * @return this builder
   */
  public ReportBuilder proactiveDisclosure(Table<?, ?> table) {
    this.proactiveDisclosure = Objects.requireNonNull(table, "proactiveDisclosure");
    return this;
  }

  /**
   * Table 三 of the edition.
   *
   * @param table the table, not null
   * @return this builder
   */
  public ReportBuilder applications(Applications table) {
    this.applications = Objects.requireNonNull(table, "applications");
    return this;
  }

  /**
   * Table 四.
   *
   * @param table the table, not null
   * @return this builder
   */
  public ReportBuilder reviewAndLitigation(ReviewAndLitigation table) {
    this.reviewAndLitigation = Objects.requireNonNull(table, "reviewAndLitigation");
    return this;
  }

  /**
   * The three tables from their cells, in the order of {@link AnnualReport#getTables()} (二, 三,
   * 四), each list in its layout's order.
   *
   * @param cells three lists of cells, not null
   * @return this builder
   * @throws IllegalArgumentException when there are not three lists or a list has the wrong size
   *     or kind of cells for its table, naming the cell
   */
  public ReportBuilder tables(List<? extends List<? extends Cell>> cells) {
    if (cells.size() != 3) {
      throw new IllegalArgumentException("expected the cells of 3 tables, got " + cells.size());
    }
    proactiveDisclosure(edition == Edition.V2019
        ? ProactiveDisclosure2019.ofCells(cells.get(0))
        : ProactiveDisclosure2021.ofCells(cells.get(0)));
    applications(Applications.ofCells(edition, cells.get(1)));
    return reviewAndLitigation(ReviewAndLitigation.ofCells(cells.get(2)));
  }

  /**
   * The report.
   *
   * @return a {@link Report2019} or a {@link Report2021}
   * @throws IllegalStateException when the organ or the year is missing
   * @throws IllegalArgumentException when a table has the other edition's shape, naming it
   */
  public AnnualReport build() {
    if (organ == null || year == null) {
      throw new IllegalStateException("a report needs its "
          + (organ == null ? "organ" : "year") + " (edition " + edition.getCode() + ")");
    }
    return switch (edition) {
      case V2019 -> {
        ImmutableReport2019.Builder b = Report2019.builder().organ(organ).year(year)
            .publishedOn(Optional.ofNullable(publishedOn)).sections(sections);
        if (proactiveDisclosure != null) {
          b.proactiveDisclosure(table(proactiveDisclosure, ProactiveDisclosure2019.class));
        }
        yield finish2019(b);
      }
      case V2021 -> {
        ImmutableReport2021.Builder b = Report2021.builder().organ(organ).year(year)
            .publishedOn(Optional.ofNullable(publishedOn)).sections(sections);
        if (proactiveDisclosure != null) {
          b.proactiveDisclosure(table(proactiveDisclosure, ProactiveDisclosure2021.class));
        }
        yield finish2021(b);
      }
    };
  }

  private Report2019 finish2019(ImmutableReport2019.Builder b) {
    if (applications != null) {
      b.applications(applications);
    }
    if (reviewAndLitigation != null) {
      b.reviewAndLitigation(reviewAndLitigation);
    }
    return b.build();
  }

  private Report2021 finish2021(ImmutableReport2021.Builder b) {
    if (applications != null) {
      b.applications(applications);
    }
    if (reviewAndLitigation != null) {
      b.reviewAndLitigation(reviewAndLitigation);
    }
    return b.build();
  }

  private <T> T table(Table<?, ?> table, Class<T> type) {
    if (!type.isInstance(table)) {
      throw new IllegalArgumentException("proactiveDisclosure: a " + edition.getCode()
          + " report needs a " + type.getSimpleName() + ", got a "
          + table.getClass().getSimpleName().replace("Immutable", ""));
    }
    return type.cast(table);
  }
}
