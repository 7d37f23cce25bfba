package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.samples.Samples;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * The real 淮安市洪泽区人民政府 2023 report (realworld/hongze-2023.expected.json, typed in as
 * {@link Samples#hongze2023()}): its table 四 prints 总计 0 beside 维持 10 and 纠正 1, and it
 * leaves the first two （六）其他处理 rows blank.
 */
class RealWorldReportTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  @Test
  void hongze2023HasTwoLitTotalErrorsAndFourteenMissingCells() {
    ValidationResult result = VALIDATOR.validate(Samples.hongze2023());

    assertFalse(result.isValid());
    assertEquals(16, result.size());
    List<Diagnostic> errors = result.getErrors();
    assertEquals(List.of("reviewAndLitigation.review.total",
            "reviewAndLitigation.litigationAfterReview.total"),
        errors.stream().map(Fixture::path).toList());
    assertEquals(List.of("LIT-TOTAL", "LIT-TOTAL"),
        errors.stream().map(Diagnostic::getCode).toList());
    assertEquals("reviewAndLitigation.review.total is 0, but upheld, corrected, other and pending "
        + "add up to 11 (difference -11)", Fixture.en(errors.get(0)));
    assertEquals("{reviewAndLitigation.review.upheld=10, reviewAndLitigation.review.corrected=1, "
            + "reviewAndLitigation.review.other=0, reviewAndLitigation.review.pending=0, "
            + "reviewAndLitigation.review.total=0}",
        Fixture.cellsString(errors.get(0)));

    List<Diagnostic> missing = result.filter("CELL-MISSING");
    assertEquals(14, missing.size());
    assertEquals(missing, result.getWarnings());
    assertEquals("applications.outcomes.otherHandling.noCorrection.naturalPerson",
        Fixture.path(missing.get(0)));
    assertEquals("applications.outcomes.otherHandling.unpaidFee.total", Fixture.path(missing.get(13)));
    assertEquals("表三 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计：未填报数字（空白或“/”），按 0 计算",
        Fixture.zh(VALIDATOR.validate(Samples.hongze2023()).filter("CELL-MISSING").get(13)));
  }

  @Test
  void suppressionByIdAndByIdAndPath() {
    ReportValidator quiet = ReportValidator.builder()
        .clock(Fixture.CLOCK)
        .suppress("CELL-MISSING")
        .suppress("LIT-TOTAL", "reviewAndLitigation.review.total")
        .build();
    ValidationResult result = quiet.validate(Samples.hongze2023());
    assertEquals(List.of("LIT-TOTAL reviewAndLitigation.litigationAfterReview.total"),
        result.getDiagnostics().stream().map(v -> v.getCode() + " " + Fixture.path(v)).toList());
  }
}
