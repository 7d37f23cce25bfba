package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;
import org.ogireport.core.constraints.NarrOverviewLength;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Thresholds;

/**
 * {@code NARR-OVERVIEW-LENGTH} (edition 2021): 一、总体情况 has more than
 * {@value Thresholds#OVERVIEW_MAX_CHARACTERS} characters, white space not counted (the guide
 * asks for about 1,000). Declared on {@code Report2021} only.
 */
public final class NarrOverviewLengthValidator
    implements ConstraintValidator<NarrOverviewLength, AnnualReport> {

  @Override
  public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
    Optional<String> overview = report == null ? Optional.empty() : report.getSections().getOverview();
    if (overview.isEmpty()) {
      return true;
    }
    int length = Narrative.of(overview.get()).getLength();
    if (length <= Thresholds.OVERVIEW_MAX_CHARACTERS) {
      return true;
    }
    Finding.of(Rule.NARR_OVERVIEW_LENGTH, "sections.overview")
        .sides(length, Thresholds.OVERVIEW_MAX_CHARACTERS)
        .reportTo(context);
    return false;
  }
}
