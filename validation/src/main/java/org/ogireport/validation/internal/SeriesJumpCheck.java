package org.ogireport.validation.internal;

import static org.ogireport.core.rules.Thresholds.JUMP_FACTOR;
import static org.ogireport.core.rules.Thresholds.JUMP_MIN_PREVIOUS;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Column;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.YearStep;

/**
 * {@code SERIES-JUMP}: each of 一、本年新收 总计, 三（七）总计 总计, 行政复议 总计 and the two 行政诉讼
 * 总计 is more than {@value org.ogireport.core.rules.Thresholds#JUMP_FACTOR} times last year's
 * or less than a {@value org.ogireport.core.rules.Thresholds#JUMP_FACTOR}th of it, compared only
 * when last year's is at least {@value org.ogireport.core.rules.Thresholds#JUMP_MIN_PREVIOUS}.
 * Exactly five times, or exactly a fifth, passes. Reported on this year's cell with both years'
 * cells read; the sides are this year's and last year's values, the parameter {@code ratio}
 * their quotient to two places, rounded away from 1 so that it never shows the threshold itself.
 * Both forms have these rows, so the rule also compares across the 2020→2021 change.
 */
final class SeriesJumpCheck extends SeriesCheck {

  private static final List<ApplicationRow> APPLICATION_ROWS =
      List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.OUTCOME_TOTAL);
  private static final BigInteger FACTOR = BigInteger.valueOf(JUMP_FACTOR);

  @Override
  boolean check(YearStep step, int index, ConstraintValidatorContext context) {
    boolean valid = true;
    for (ApplicationRow row : APPLICATION_ROWS) {
      valid &= compare(step, index, step.getPrevious().getApplications(),
          step.getCurrent().getApplications(), row, Applicant.TOTAL, context);
    }
    for (CaseBlock block : CaseBlock.values()) {
      valid &= compare(step, index, step.getPrevious().getReviewAndLitigation(),
          step.getCurrent().getReviewAndLitigation(), block, CaseResult.TOTAL, context);
    }
    return valid;
  }

  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> boolean compare(
      YearStep step, int index, Table<R, C> last, Table<R, C> now, R row, C column,
      ConstraintValidatorContext context) {
    long before = last.getCount(row, column).orZero();
    long after = now.getCount(row, column).orZero();
    if (before < JUMP_MIN_PREVIOUS || !jumps(before, after)) {
      return true;
    }
    Finding finding = finding(step, index, now.getLayout().getSlot(row, column));
    read(finding, step.getPrevious(), last, row, List.of(column));
    read(finding, step.getCurrent(), now, row, List.of(column));
    finding.param("ratio", ratio(before, after).toPlainString()).param("factor", JUMP_FACTOR);
    report(finding, step, now.get(row, column), before, context);
    return false;
  }

  /** Whether {@code after} is more than the factor times {@code before}, or less than its part. */
  static boolean jumps(long before, long after) {
    BigInteger last = BigInteger.valueOf(before);
    BigInteger now = BigInteger.valueOf(after);
    return now.compareTo(last.multiply(FACTOR)) > 0 || now.multiply(FACTOR).compareTo(last) < 0;
  }

  /** {@code after / before} to two places, rounded away from 1 (before is at least 10). */
  static BigDecimal ratio(long before, long after) {
    return BigDecimal.valueOf(after).divide(BigDecimal.valueOf(before), 2,
        after > before ? RoundingMode.UP : RoundingMode.DOWN);
  }
}
