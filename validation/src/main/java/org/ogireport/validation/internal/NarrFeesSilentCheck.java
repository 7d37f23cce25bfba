package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.diagnostic.ReportField;

/**
 * {@code NARR-FEES-SILENT} (edition 2021): the 2021 form asks section 六 to report the
 * 信息处理费 collected ("收取信息处理费情况在此处报告"). Fires when the report has narrative
 * sections and 六、其他需要报告的事项 is missing or names none of {@link #WORDS}. A report
 * without any narrative section (a form filled in code) is not judged.
 */
final class NarrFeesSilentCheck extends ReportCheck {

  /** Words any statement on fees uses, e.g. 未收取信息处理费, 收费 0 元, 无相关费用. */
  static final List<String> WORDS = List.of("处理费", "收费", "费用");

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    if (report.getSections().isEmpty()) {
      return true;
    }
    Optional<String> other = report.getSections().getOtherMatters();
    String text = Texts.compact(other.orElse(""));
    for (String word : WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    finding(ReportField.OTHER_MATTERS).reportTo(context);
    return false;
  }
}
