package org.ogireport.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ogireport.core.constraints.NarrativeChecks;
import org.ogireport.core.constraints.RuleCatalogue;

/**
 * A report in the 2019 edition of the form. Build one with {@link #builder()}; tables not set are
 * the fresh form (every cell 0).
 *
 * <pre>{@code
 * Report2019 report = Report2019.builder()
 *     .organ("某某区人民政府办公室")
 *     .year(2020)
 *     .applications(Applications.builder(Edition.V2019)
 *         .set(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON, 8)
 *         .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 8)
 *         .fillTotals()
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@RuleCatalogue
@RuleCatalogue(groups = NarrativeChecks.class)
@Value.Immutable
public abstract non-sealed class Report2019 implements AnnualReport {

  Report2019() {}

  @Override
  public final Edition getEdition() {
    return Edition.V2019;
  }

  @Override
  public abstract String getOrgan();

  @Override
  public abstract int getYear();

  @Override
  public abstract Optional<LocalDate> getPublishedOn();

  @Override
  @Value.Default
  public Sections getSections() {
    return Sections.empty();
  }

  @Override
  @Value.Default
  public ProactiveDisclosure2019 getProactiveDisclosure() {
    return ProactiveDisclosure2019.zeros();
  }

  @Override
  @Value.Default
  public Applications getApplications() {
    return Applications.zeros(Edition.V2019);
  }

  @Override
  @Value.Default
  public ReviewAndLitigation getReviewAndLitigation() {
    return ReviewAndLitigation.zeros();
  }

  @Value.Check
  void check() {
    if (getApplications().getEdition() != Edition.V2019) {
      throw new IllegalArgumentException(
          "applications: a 2019 report needs the 2019 edition's table 三, got the "
              + getApplications().getEdition().getCode() + " one");
    }
  }

  @Override
  public Report2019 withTotalsFilled() {
    return ImmutableReport2019.copyOf(this)
        .withApplications(getApplications().withTotalsFilled())
        .withReviewAndLitigation(getReviewAndLitigation().withTotalsFilled());
  }

  /**
   * Creates a builder; {@code organ} and {@code year} are required, every other field defaults to
   * the fresh form (tables of zeros, no sections, no publication date).
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableReport2019.Builder builder() {
    return ImmutableReport2019.builder();
  }
}
