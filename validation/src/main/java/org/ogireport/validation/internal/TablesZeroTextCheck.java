package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.NarrativeFigure;
import org.ogireport.core.diagnostic.ReportField;

/**
 * {@code TABLES-ZERO-TEXT}: every cell of tables 三 and 四 is 0 (or has no number) while
 * 一、总体情况 states applications, reviews or lawsuits ({@link NarrativeFigure}) above 0: the
 * tables were likely never filled in. Reported on {@code applications}; the sides are the number
 * stated and 0.
 */
final class TablesZeroTextCheck extends ReportCheck {

  private static final List<NarrativeFigure> FIGURES =
      List.of(NarrativeFigure.APPLICATIONS, NarrativeFigure.REVIEW, NarrativeFigure.LITIGATION);

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    if (report.getSections().getOverview().isEmpty()
        || !allZero(report.getApplications()) || !allZero(report.getReviewAndLitigation())) {
      return true;
    }
    Narrative narrative = Narrative.of(report.getSections().getOverview().get());
    for (NarrativeFigure figure : FIGURES) {
      Optional<Narrative.Statement> stated = narrative.get(figure);
      if (stated.isPresent() && stated.get().getValue() > 0) {
        finding(ReportField.APPLICATIONS)
            .sides(stated.get().getValue(), 0)
            .param("quote", stated.get().getQuote())
            .reportTo(context);
        return false;
      }
    }
    return true;
  }

  private static boolean allZero(Table<?, ?> table) {
    for (Cell cell : table.getCells()) {
      if (cell.toDecimalOrZero().signum() != 0) {
        return false;
      }
    }
    return true;
  }
}
