package org.ogireport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.TableLayout;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.importer.ImportDiagnostic;
import org.ogireport.importer.ImportResult;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.RuleViolation;
import org.ogireport.validation.SeriesValidationResult;
import org.ogireport.validation.SkippedRule;

/**
 * The current findings of validation and of the importer as {@link Diagnostic}s, the one shape
 * the command line prints.
 *
 * <p><b>Delete this class</b> when {@code ogi-report-validation} and {@code ogi-report-importer}
 * return {@code Diagnostic} themselves: it is the only place in the command line that knows
 * {@link RuleViolation}, {@link SkippedRule} and {@link ImportDiagnostic}. Until then it
 * <ul>
 *   <li>gives a rule violation its one message in both languages (validation interpolates only
 *       the language it was asked for, which is the one printed);
 *   <li>splits the year off a series path ({@code 2024:applications.carriedOver.total}) into
 *       {@link Location#inYear}, and keeps only the cells of that year: a {@code Diagnostic}
 *       keys its cells by slot, which cannot tell last year's 现行有效件数 from this year's;
 *   <li>turns a skipped series rule into an {@link Severity#INFO} diagnostic of the later year
 *       (the series are runs of consecutive years, so the earlier one is the year before).
 * </ul>
 */
final class DiagnosticAdapter {

  private DiagnosticAdapter() {}

  /** Every rule the report breaks, in the validator's order, messages in {@code locale}. */
  static List<Diagnostic> validate(ReportValidator validator, AnnualReport report, Locale locale) {
    List<Diagnostic> found = new ArrayList<>();
    for (RuleViolation v : validator.validate(report, locale)) {
      found.add(of(v));
    }
    return found;
  }

  /** What the series rules found, and the rules that did not apply. */
  record SeriesFindings(List<Diagnostic> violations, List<Diagnostic> skipped) {}

  /** The series rules applied to consecutive years of one organ, messages in {@code locale}. */
  static SeriesFindings validate(ReportValidator validator, ReportSeries series, Locale locale) {
    SeriesValidationResult result = validator.validate(series, locale);
    List<Diagnostic> violations = new ArrayList<>();
    for (RuleViolation v : result) {
      violations.add(of(v));
    }
    List<Diagnostic> skipped = new ArrayList<>();
    for (SkippedRule s : result.getSkipped()) {
      skipped.add(Diagnostic.builder(s.getRule().getId(), Severity.INFO)
          .location(Location.report().inYear(s.getYear()))
          .message(s.getReason(), s.getReason())
          .build());
    }
    return new SeriesFindings(violations, skipped);
  }

  /** The importer's diagnostics, at their line and column (no source: the caller names it). */
  static List<Diagnostic> diagnostics(ImportResult result) {
    List<Diagnostic> found = new ArrayList<>(result.getDiagnostics().size());
    for (ImportDiagnostic d : result.getDiagnostics()) {
      found.add(Diagnostic.builder(d.getCode().name(), Severity.valueOf(d.getSeverity().name()))
          .location(Location.report().at(null, d.getLine(), d.getColumn()))
          .message(d.getMessage(Locale.SIMPLIFIED_CHINESE), d.getMessage(Locale.ENGLISH))
          .build());
    }
    return found;
  }

  private static Diagnostic of(RuleViolation v) {
    YearPath at = YearPath.of(v.getPath());
    Diagnostic.Builder b = Diagnostic.builder(v.getRuleId(), Severity.valueOf(v.getSeverity().name()))
        .location(at.location())
        .message(v.getMessage(), v.getMessage());
    v.getSides().ifPresent(s -> b.sides(Sides.of(s.getLeft(), s.getRight())));
    for (Map.Entry<String, Cell> cell : v.getCells().entrySet()) {
      YearPath read = YearPath.of(cell.getKey());
      Optional<CellSlot<?, ?>> slot = TableLayout.findAnySlot(read.path());
      if (slot.isPresent()) {
        Location where = Location.of(slot.get());
        b.cell(read.year().isPresent() ? where.inYear(read.year().getAsInt()) : where,
            cell.getValue());
      }
    }
    return b.build();
  }

  /** A validation path, with the year of a series split off. */
  private record YearPath(OptionalInt year, String path) {

    static YearPath of(String path) {
      int colon = path.indexOf(':');
      return colon < 0 ? new YearPath(OptionalInt.empty(), path)
          : new YearPath(OptionalInt.of(Integer.parseInt(path.substring(0, colon))),
              path.substring(colon + 1));
    }

    Location location() {
      Location location = TableLayout.findAnySlot(path).map(Location::of)
          .orElseGet(() -> field(path).map(Location::of).orElseGet(() -> Location.ofPath(path)));
      return year.isPresent() ? location.inYear(year.getAsInt()) : location;
    }

    private static Optional<ReportField> field(String path) {
      for (ReportField f : ReportField.values()) {
        if (f.getPath().equals(path)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }
}
