package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Edition;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.core.rules.Thresholds;

/**
 * {@code OTHER-HANDLING-SHARE}: the catch-all outcome, （六）其他处理 in 2019 and （六）3.其他 in
 * 2021 (the two other 2021 sub-rows are statutory outcomes), is at least
 * {@value Thresholds#OTHER_HANDLING_MIN_PERCENT}% of all outcomes and at least
 * {@value Thresholds#OTHER_HANDLING_MIN_COUNT} applications. Both counts are summed from the six
 * applicant columns. Reported on the row's 总计; sides: the row, and （七）总计.
 */
final class OtherHandlingShareCheck extends ReportCheck {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  @Override
  boolean check(AnnualReport report, ConstraintValidatorContext context) {
    Applications t = report.getApplications();
    ApplicationRow row =
        t.getEdition() == Edition.V2019 ? ApplicationRow.OTHER_HANDLING : ApplicationRow.OTHER_OTHER;
    // exact: the counts may be any long, their sums and percentages beyond it
    BigInteger other = t.sumExact(row, Applicant.parts());
    BigInteger handled = BigInteger.ZERO;
    for (Applicant column : Applicant.parts()) {
      handled = handled.add(t.sumExact(ApplicationRow.outcomes(t.getEdition()), column));
    }
    if (handled.signum() <= 0  // negative counts elsewhere (CELL-NEGATIVE): no share to speak of
        || other.compareTo(BigInteger.valueOf(Thresholds.OTHER_HANDLING_MIN_COUNT)) < 0
        || other.multiply(HUNDRED).compareTo(
            handled.multiply(BigInteger.valueOf(Thresholds.OTHER_HANDLING_MIN_PERCENT))) < 0) {
      return true;
    }
    finding(t.getLayout().getSlot(row, Applicant.TOTAL))
        .read(t, row, Applicant.TOTAL)
        .read(t, ApplicationRow.OUTCOME_TOTAL, Applicant.TOTAL)
        .sides(Sides.of(new BigDecimal(other), new BigDecimal(handled)))
        .param("percent", new BigDecimal(other.multiply(HUNDRED)).divide(new BigDecimal(handled), 1,
            RoundingMode.HALF_EVEN).toPlainString())
        .param("threshold", Thresholds.OTHER_HANDLING_MIN_PERCENT)
        .reportTo(context);
    return false;
  }
}
