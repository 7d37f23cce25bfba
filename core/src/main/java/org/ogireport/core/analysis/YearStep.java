package org.ogireport.core.analysis;

import org.immutables.value.Value;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;

/**
 * Two consecutive years of a {@link ReportSeries}: last year's report and this year's.
 *
 * <pre>{@code
 * YearStep step = series.getSteps().get(0);
 * step.isEditionChange();   // true for 2020 → 2021
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearStep {

  YearStep() {}

  /** {@return last year's report} */
  @Value.Parameter
  public abstract AnnualReport getPrevious();

  /** {@return this year's report, of the year after {@link #getPrevious()}'s} */
  @Value.Parameter
  public abstract AnnualReport getCurrent();

  /** {@return whether the two reports follow different editions (the 2020→2021 change)} */
  public final boolean isEditionChange() {
    return getPrevious().getEdition() != getCurrent().getEdition();
  }

  /**
   * Checks whether both reports follow an edition.
   *
   * @param edition the edition, not null
   * @return whether last year's and this year's report both follow it
   */
  public final boolean isBoth(Edition edition) {
    return getPrevious().getEdition() == edition && getCurrent().getEdition() == edition;
  }

  @Value.Check
  void check() {
    if (getCurrent().getYear() != getPrevious().getYear() + 1) {
      throw new IllegalArgumentException(
          "a year step joins consecutive years, got " + getPrevious().getYear() + " and "
              + getCurrent().getYear());
    }
  }

  /**
   * Obtains the step from last year's report to this year's.
   *
   * @param previous last year's report, not null
   * @param current this year's report, not null
   * @return the step
   * @throws IllegalArgumentException when the years are not consecutive, naming both
   */
  public static YearStep of(AnnualReport previous, AnnualReport current) {
    return ImmutableYearStep.of(previous, current);
  }
}
