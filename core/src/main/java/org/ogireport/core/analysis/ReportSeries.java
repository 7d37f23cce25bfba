package org.ogireport.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.constraints.RuleCatalogue;

/**
 * The reports of one organ for consecutive years, in year order: the input of the series rules
 * ({@code SERIES-CARRY}, {@code SERIES-IN-FORCE}, {@code SERIES-PROJECTS}) and of year-over-year
 * comparisons.
 *
 * <pre>{@code
 * ReportSeries series = ReportSeries.of(List.of(report2024, report2023));  // any order
 * series.getFirstYear();                  // 2023
 * series.getSteps().get(0).getCurrent();  // report2024, with getPrevious() report2023
 * }</pre>
 *
 * <p>Construction checks structure only: at least one report, one organ (as printed, ignoring
 * leading and trailing white space), no year twice, no year missing between the first and the
 * last. A series may cross the 2020→2021 edition change; the cross-sum rules of each report are
 * not checked here: the series rules ({@code SERIES-*}, constraints declared on this type and
 * validated by {@code ogi-report-validation}) compare consecutive years. Immutable and
 * thread-safe.
 */
@RuleCatalogue
@Value.Immutable
public abstract class ReportSeries {

  ReportSeries() {}

  /** {@return the reports in year order, one per year, consecutive; never empty} */
  public abstract List<AnnualReport> getReports();

  /**
   * Obtains a series of reports given in any order.
   *
   * @param reports the reports, not empty, of one organ and consecutive years, in any order; not
   *     null, no null element
   * @return the series, sorted by year
   * @throws IllegalArgumentException naming the organs or years that break the structure
   */
  public static ReportSeries of(Collection<? extends AnnualReport> reports) {
    List<AnnualReport> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparingInt(AnnualReport::getYear));
    return ImmutableReportSeries.builder().addAllReports(sorted).build();
  }

  /**
   * Obtains a series of reports given in any order, as {@link #of(Collection)}.
   *
   * @param reports the reports, not empty, of one organ and consecutive years, in any order; no
   *     null element
   * @return the series, sorted by year
   * @throws IllegalArgumentException naming the organs or years that break the structure
   */
  public static ReportSeries of(AnnualReport... reports) {
    return of(List.of(reports));
  }

  @Value.Check
  void check() {
    List<AnnualReport> reports = getReports();
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a report series needs at least one report");
    }
    AnnualReport first = reports.get(0);
    for (int i = 1; i < reports.size(); i++) {
      AnnualReport previous = reports.get(i - 1);
      AnnualReport report = reports.get(i);
      if (!report.getOrgan().strip().equals(first.getOrgan().strip())) {
        throw new IllegalArgumentException(
            "a report series is of one organ: the " + report.getYear() + " report is of '"
                + report.getOrgan() + "', the " + first.getYear() + " report of '"
                + first.getOrgan() + "'");
      }
      if (report.getYear() == previous.getYear()) {
        throw new IllegalArgumentException(
            "a report series has one report per year: " + report.getYear() + " appears twice");
      }
      if (report.getYear() < previous.getYear()) {
        throw new IllegalArgumentException(
            "the reports of a series are in year order: " + previous.getYear() + " comes before "
                + report.getYear() + " (ReportSeries.of sorts them)");
      }
      if (report.getYear() != previous.getYear() + 1) {
        throw new IllegalArgumentException(
            "the years of a series are consecutive: " + previous.getYear() + " is followed by "
                + report.getYear() + ", " + (previous.getYear() + 1)
                + (report.getYear() - previous.getYear() > 2 ? "–" + (report.getYear() - 1) : "")
                + " missing");
      }
    }
  }

  /** {@return the organ, as printed in the first report} */
  public final String getOrgan() {
    return getReports().get(0).getOrgan();
  }

  /** {@return the year of the first report, e.g. {@code 2023}} */
  public final int getFirstYear() {
    return getReports().get(0).getYear();
  }

  /** {@return the year of the last report; the first year for a series of one} */
  public final int getLastYear() {
    return getReports().get(getReports().size() - 1).getYear();
  }

  /**
   * Gets the report of a year.
   *
   * @param year the report year, any {@code int}
   * @return the report, or empty when the year is outside the series
   */
  public final Optional<AnnualReport> get(int year) {
    int index = year - getFirstYear();
    return index >= 0 && index < getReports().size()
        ? Optional.of(getReports().get(index))
        : Optional.empty();
  }

  /**
   * {@return each pair of consecutive years, in year order; empty for a series of one report}
   * Computed once, on first use.
   */
  @Value.Lazy
  public List<YearStep> getSteps() {
    List<YearStep> steps = new ArrayList<>();
    for (int i = 1; i < getReports().size(); i++) {
      steps.add(YearStep.of(getReports().get(i - 1), getReports().get(i)));
    }
    return List.copyOf(steps);
  }
}
