package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.constraints.NarrFeesSilent;
import org.ogireport.validation.Rule;

/**
 * {@code NARR-FEES-SILENT} (edition 2021): the 2021 form asks section 六 to report the
 * 信息处理费 collected ("收取信息处理费情况在此处报告"). Fires when the report has narrative
 * sections and 六、其他需要报告的事项 is missing or names none of {@link #WORDS}. A report
 * without any narrative section (a form filled in code) is not judged. Declared on
 * {@code Report2021} only.
 */
public final class NarrFeesSilentValidator
    implements ConstraintValidator<NarrFeesSilent, AnnualReport> {

  /** Words any statement on fees uses, e.g. 未收取信息处理费, 收费 0 元, 无相关费用. */
  static final List<String> WORDS = List.of("处理费", "收费", "费用");

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    if (report == null || report.getSections().isEmpty()) {
      return true;
    }
    Optional<String> other = report.getSections().getOtherMatters();
    String text = other.orElse("").replaceAll("[\\s\\u3000]+", "");
    for (String word : WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    Finding.of(Rule.NARR_FEES_SILENT, "sections.otherMatters").reportTo(context);
    return false;
  }
}
