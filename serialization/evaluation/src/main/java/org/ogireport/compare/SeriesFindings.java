package org.ogireport.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.RuleViolation;
import org.ogireport.validation.SeriesValidationResult;
import org.ogireport.validation.SkippedRule;

/**
 * The series rules run on the two years compared, their findings as core {@link Diagnostic}s.
 *
 * <p>The one place this module uses the validation module's result types
 * ({@link SeriesValidationResult}, {@link RuleViolation}, {@link SkippedRule}): when validation
 * returns diagnostics itself, this class shrinks to the call.
 */
final class SeriesFindings {

  /** The code of the note that the series rules were not run on years that are not consecutive. */
  static final String YEARS_APART = "COMPARE-YEARS-APART";

  private SeriesFindings() {}

  /**
   * The findings of the series rules on two consecutive years, in year, catalogue and path
   * order, then the rules that did not apply (severity info); for years further apart one info
   * saying the rules were not run.
   */
  static List<Diagnostic> of(ReportValidator validator, AnnualReport previous, AnnualReport current) {
    List<Diagnostic> found = new ArrayList<>();
    if (current.getYear() != previous.getYear() + 1) {
      String zh = "两份报告年度不相邻（" + previous.getYear() + "年、" + current.getYear()
          + "年）：未运行跨年度规则";
      String en = "the series rules compare consecutive years; " + previous.getYear() + " and "
          + current.getYear() + " are not";
      found.add(Diagnostic.builder(YEARS_APART, Severity.INFO)
          .location(Location.report().inYear(current.getYear())).message(zh, en).build());
      return found;
    }
    ReportSeries series = ReportSeries.of(previous, current);
    SeriesValidationResult chinese = validator.validate(series, Locale.SIMPLIFIED_CHINESE);
    SeriesValidationResult english = validator.validate(series, Locale.ENGLISH);
    List<RuleViolation> zh = chinese.getViolations();
    List<RuleViolation> en = english.getViolations();
    if (zh.size() != en.size()) {
      throw new IllegalStateException("the series rules found " + zh.size() + " violations in "
          + "Chinese and " + en.size() + " in English");
    }
    for (int i = 0; i < zh.size(); i++) {
      RuleViolation v = zh.get(i);
      String[] yearAndPath = v.getPath().split(":", 2);
      int year = Integer.parseInt(yearAndPath[0]);
      AnnualReport report = year == current.getYear() ? current : previous;
      Diagnostic.Builder d = Diagnostic.builder(v.getRuleId(),
              Severity.ofCode(v.getSeverity().getCode()))
          .location(locate(report, yearAndPath[1]).inYear(year))
          .message(v.getMessage(), en.get(i).getMessage());
      v.getSides().ifPresent(s -> d.sides(Sides.of(s.getLeft(), s.getRight())));
      found.add(d.build());
    }
    for (SkippedRule skipped : chinese.getSkipped()) {
      String years = skipped.getPreviousYear() + "→" + skipped.getYear();
      found.add(Diagnostic.builder(skipped.getRule().getId(), Severity.INFO)
          .location(Location.report().inYear(skipped.getYear()))
          .message(skipped.getRule().getId() + " 未适用于 " + years + "：" + skipped.getReason(),
              skipped.getRule().getId() + " not applied to " + years + ": " + skipped.getReason())
          .build());
    }
    return found;
  }

  /** The typed location of a path within one year's report: a cell, a field, or the path. */
  private static Location locate(AnnualReport report, String path) {
    for (Table<?, ?> table : report.getTables()) {
      Optional<? extends CellSlot<?, ?>> slot = table.getLayout().findSlot(path);
      if (slot.isPresent()) {
        return Location.of(slot.get());
      }
    }
    for (ReportField field : ReportField.values()) {
      if (field.getPath().equals(path)) {
        return Location.of(field);
      }
    }
    return Location.ofPath(path);
  }
}
