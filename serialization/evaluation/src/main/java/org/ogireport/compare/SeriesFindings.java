package org.ogireport.compare;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.SeriesValidationResult;

/** The series rules run on the two years compared, their findings in place. */
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
    SeriesValidationResult result = validator.validate(ReportSeries.of(previous, current));
    found.addAll(result.getDiagnostics());
    found.addAll(result.getSkipped());
    return found;
  }
}
