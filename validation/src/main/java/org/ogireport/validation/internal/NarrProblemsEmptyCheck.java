package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.rules.Thresholds;

/**
 * {@code NARR-PROBLEMS-EMPTY}: section 五 (存在的主要问题及改进情况) is present but says nothing:
 * fewer than {@value Thresholds#PROBLEMS_MIN_CHARACTERS} characters once white space is removed
 * ("无。", "暂无。", "见附件。"), or 无 and punctuation only, however long. A report without
 * section 五 is not judged. Reported on {@code sections.problems}; the sides are the length and
 * the threshold, the parameter {@code text} the section without white space.
 */
final class NarrProblemsEmptyCheck extends ReportCheck {

  /** Punctuation of either width, e.g. 。 ， “ ” ! . */
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Optional<String> problems = report.getSections().getProblems();
    if (problems.isEmpty()) {
      return true;
    }
    String text = Texts.compact(problems.get());
    int length = Texts.length(text);
    if (length >= Thresholds.PROBLEMS_MIN_CHARACTERS && !saysOnlyNone(text)) {
      return true;
    }
    finding(ReportField.PROBLEMS)
        .sides(length, Thresholds.PROBLEMS_MIN_CHARACTERS)
        .param("text", text)
        .reportTo(context);
    return false;
  }

  /** Whether a text is 无 once punctuation is removed: 无。 “无” 无！！ */
  private static boolean saysOnlyNone(String text) {
    return PUNCTUATION.matcher(text).replaceAll("").equals("无");
  }
}
