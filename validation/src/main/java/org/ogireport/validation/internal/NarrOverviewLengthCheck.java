package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.rules.Thresholds;

/**
 * {@code NARR-OVERVIEW-LENGTH} (edition 2021): 一、总体情况 has more than
 * {@value Thresholds#OVERVIEW_MAX_CHARACTERS} characters, white space not counted (the guide
 * asks for about 1,000).
 */
final class NarrOverviewLengthCheck extends ReportCheck {

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Optional<String> overview = report.getSections().getOverview();
    if (overview.isEmpty()) {
      return true;
    }
    int length = Narrative.of(overview.get()).getLength();
    if (length <= Thresholds.OVERVIEW_MAX_CHARACTERS) {
      return true;
    }
    finding(ReportField.OVERVIEW)
        .sides(length, Thresholds.OVERVIEW_MAX_CHARACTERS)
        .reportTo(context);
    return false;
  }
}
