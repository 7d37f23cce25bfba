package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.NarrativeFigure;
import org.ogireport.core.diagnostic.Sides;

/**
 * The narrative rules ({@code NARR-APPLICATIONS}, {@code NARR-CARRIED-OVER}, {@code NARR-REVIEW},
 * {@code NARR-LITIGATION}): the number 一、总体情况 states for a {@link NarrativeFigure} is one the
 * tables support. A table value counts in both readings, printed total and sum of its parts, so
 * that a wrong printed total (reported by its own rule) does not also make the text look wrong.
 * A text that states nothing about the figure passes.
 */
abstract class NarrativeFigureCheck extends ReportCheck {

  private final NarrativeFigure figure;

  NarrativeFigureCheck(NarrativeFigure figure) {
    this.figure = figure;
  }

  /**
   * The values the table supports for the figure, exact (sums of counts may be beyond
   * {@code long}); the first is shown as the right side.
   */
  abstract List<BigInteger> supported(AnnualReport report);

  /** The cell the finding is reported on. */
  abstract CellSlot<?, ?> reportedOn(AnnualReport report);

  /** Records the cells compared. */
  abstract void read(Finding finding, AnnualReport report);

  @Override
  final boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Optional<String> overview = report.getSections().getOverview();
    if (overview.isEmpty()) {
      return true;
    }
    Optional<Narrative.Statement> stated = Narrative.of(overview.get()).get(figure);
    if (stated.isEmpty()) {
      return true;
    }
    List<BigInteger> supported = supported(report);
    if (supported.contains(BigInteger.valueOf(stated.get().getValue()))) {
      return true;
    }
    Finding finding = finding(reportedOn(report));
    read(finding, report);
    finding.sides(Sides.of(BigDecimal.valueOf(stated.get().getValue()),
            new BigDecimal(supported.get(0))))
        .param("quote", stated.get().getQuote())
        .param("stated", stated.get().getValue())
        .reportTo(context);
    return false;
  }
}
