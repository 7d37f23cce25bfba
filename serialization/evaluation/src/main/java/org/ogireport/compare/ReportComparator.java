package org.ogireport.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.validation.ReportValidator;

/**
 * Compares two years of one organ's report. Build one, keep it, share it: it holds a
 * {@link ReportValidator} (whose construction is the costly part) and is immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportComparator comparator = ReportComparator.create();
 * YearComparison c = comparator.compare(report2023, report2024);
 * Files.writeString(Path.of("compare.html"), ComparisonFormat.HTML.render(c));
 * }</pre>
 *
 * <p>What is compared: every table cell both years' forms have, by its JSON path (across the
 * 2020→2021 edition change only the cells both forms share; （六）其他处理 as a whole; the rest is
 * listed as not comparable, with the reason); each narrative section by similarity and changed
 * passages; and, for consecutive years, the series rules ({@code SERIES-*}) through
 * {@link ReportValidator#validate(org.ogireport.core.analysis.ReportSeries)}, their findings
 * placed on the cells and sections they concern.
 */
public final class ReportComparator {

  private final ReportValidator validator;

  private ReportComparator(ReportValidator validator) {
    this.validator = validator;
  }

  /**
   * A comparator running the series rules with a default {@link ReportValidator}.
   *
   * @return the comparator
   */
  public static ReportComparator create() {
    return of(ReportValidator.create());
  }

  /**
   * A comparator running the series rules with a validator of one's own (its suppressions apply).
   *
   * @param validator the validator, not null
   * @return the comparator
   */
  public static ReportComparator of(ReportValidator validator) {
    return new ReportComparator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Compares last year's report with this year's.
   *
   * @param previous the earlier report, not null
   * @param current the later report of the same organ, not null
   * @return the comparison
   * @throws IllegalArgumentException when the organs differ (as printed, ignoring leading and
   *     trailing white space) or {@code previous} is not of an earlier year, naming both
   */
  public YearComparison compare(AnnualReport previous, AnnualReport current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    if (!previous.getOrgan().strip().equals(current.getOrgan().strip())) {
      throw new IllegalArgumentException("compare two years of one organ: the "
          + previous.getYear() + " report is of '" + previous.getOrgan() + "', the "
          + current.getYear() + " report of '" + current.getOrgan() + "'");
    }
    if (previous.getYear() >= current.getYear()) {
      throw new IllegalArgumentException("compare last year with this year: the first report is of "
          + previous.getYear() + ", the second of " + current.getYear());
    }
    List<Diagnostic> findings = SeriesFindings.of(validator, previous, current);
    List<CellComparison> cells = new CellPairing(previous, current,
        (year, path) -> on(findings, year, path)).compareAll();
    Map<SectionId, SectionComparison> sections = new EnumMap<>(SectionId.class);
    for (SectionId id : SectionId.values()) {
      sections.put(id, section(id, previous, current,
          on(findings, current.getYear(), ReportField.of(id).getPath())));
    }
    return new YearComparison(previous, current, cells, sections, findings);
  }

  private static SectionComparison section(
      SectionId id, AnnualReport previous, AnnualReport current, List<Diagnostic> findings) {
    Optional<String> before = previous.getSections().get(id);
    Optional<String> after = current.getSections().get(id);
    if (before.isEmpty() || after.isEmpty()) {
      return new SectionComparison(id, before.orElse(null), after.orElse(null), null, List.of(),
          findings);
    }
    return new SectionComparison(id, before.get(), after.get(),
        TextDiff.similarity(before.get(), after.get()),
        TextDiff.passages(before.get(), after.get()), findings);
  }

  /** The findings located at a path in a year's report. */
  private static List<Diagnostic> on(List<Diagnostic> findings, int year, String path) {
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d : findings) {
      if (d.getLocation().getYear().orElse(0) == year && d.getLocation().getPath().equals(path)) {
        found.add(d);
      }
    }
    return found;
  }
}
