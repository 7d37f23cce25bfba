package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.core.rules.Thresholds;

/**
 * {@code SERIES-COPIED-PROBLEMS}: section 五 (存在的主要问题及改进情况) at least
 * {@value Thresholds#COPIED_PROBLEMS_MIN_PERCENT}% identical to last year's.
 *
 * <p>Similarity is 1 − d / n, where d is the Levenshtein distance (Apache Commons Text) between
 * the two texts with white space removed and n the longer text's length: the share of characters
 * that need no edit, which is what "90% identical" means to a reader. The bounded form of the
 * distance stops once it exceeds 10% of n, so long texts that differ cost O(n · n/10), not
 * O(n²). Reported on this year's {@code sections.problems}; the sides are the similarity and the
 * threshold, in percent. Skipped, with the reason, when a section 五 is missing or shorter than
 * {@value Thresholds#COPIED_PROBLEMS_MIN_CHARACTERS} characters.
 */
final class SeriesCopiedProblemsCheck extends SeriesCheck {

  @Override
  Optional<SeriesSkip> skip(YearStep step) {
    for (AnnualReport report : List.of(step.getPrevious(), step.getCurrent())) {
      Optional<String> text = report.getSections().getProblems();
      if (text.isEmpty()) {
        return Optional.of(SeriesSkip.of(rule, step, "no-section")
            .argument("reportYear", report.getYear()));
      }
      int length = Narrative.of(text.get()).getLength();
      if (length < Thresholds.COPIED_PROBLEMS_MIN_CHARACTERS) {
        return Optional.of(SeriesSkip.of(rule, step, "short-section")
            .argument("reportYear", report.getYear())
            .argument("length", length)
            .argument("min", Thresholds.COPIED_PROBLEMS_MIN_CHARACTERS));
      }
    }
    return Optional.empty();
  }

  @Override
  boolean check(YearStep step, int index, ConstraintValidatorContext context) {
    OptionalDouble similarity = similarity(
        step.getPrevious().getSections().getProblems().orElseThrow(),
        step.getCurrent().getSections().getProblems().orElseThrow());
    if (similarity.isEmpty()) {
      return true;
    }
    BigDecimal percent =
        BigDecimal.valueOf(similarity.getAsDouble() * 100).setScale(1, RoundingMode.DOWN);
    finding(Location.of(ReportField.PROBLEMS).inYear(step.getCurrent().getYear()))
        .inReport(index)
        .sides(Sides.of(percent, BigDecimal.valueOf(Thresholds.COPIED_PROBLEMS_MIN_PERCENT)))
        .param("similarity", percent.toPlainString())
        .param("year", step.getCurrent().getYear())
        .param("previousYear", step.getPrevious().getYear())
        .reportTo(context);
    return false;
  }

  /**
   * The similarity of two texts (white space removed) when it reaches the threshold, else empty.
   */
  static OptionalDouble similarity(String last, String now) {
    String a = Texts.compact(last);
    String b = Texts.compact(now);
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return OptionalDouble.of(1);
    }
    int allowed = longer * (100 - Thresholds.COPIED_PROBLEMS_MIN_PERCENT) / 100;
    int distance = new LevenshteinDistance(allowed).apply(a, b);
    return distance < 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(1 - (double) distance / longer);
  }
}
