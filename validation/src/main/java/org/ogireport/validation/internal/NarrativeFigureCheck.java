package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.NarrativeFigure;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;

/**
 * The narrative rules ({@code NARR-APPLICATIONS}, {@code NARR-CARRIED-OVER}, {@code NARR-REVIEW},
 * {@code NARR-LITIGATION}): the number 一、总体情况 states for a {@link NarrativeFigure} is one the
 * tables support. A table value counts in both readings, printed total and sum of its parts, so
 * that a wrong printed total (reported by its own rule) does not also make the text look wrong.
 * A text that states nothing about the figure passes.
 *
 * @param <A> the constraint annotation
 */
abstract class NarrativeFigureCheck<A extends Annotation>
    implements ConstraintValidator<A, AnnualReport> {

  private final Rule rule;
  private final NarrativeFigure figure;

  NarrativeFigureCheck(Rule rule, NarrativeFigure figure) {
    this.rule = rule;
    this.figure = figure;
  }

  /**
   * The values the table supports for the figure, exact (sums of counts may be beyond
   * {@code long}); the first is shown as the right side.
   */
  abstract List<BigInteger> supported(AnnualReport report);

  /** The path the violation is reported on. */
  abstract String reportedOn(AnnualReport report);

  /** Records the cells compared. */
  abstract void read(Finding finding, AnnualReport report);

  @Override
  public final boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
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
    Finding finding = Finding.of(rule, reportedOn(report));
    read(finding, report);
    finding.sides(Sides.of(BigDecimal.valueOf(stated.get().getValue()),
            new BigDecimal(supported.get(0))))
        .param("quote", stated.get().getQuote())
        .param("stated", stated.get().getValue())
        .reportTo(context);
    return false;
  }
}
