package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * The real 淮安市洪泽区人民政府 2023 report (realworld/hongze-2023.expected.json), built with the core
 * builders: its table 四 prints 总计 0 beside 维持 10 and 纠正 1, and it leaves the first two
 * （六）其他处理 rows blank.
 */
class RealWorldReportTest {

  private static final ReportValidator VALIDATOR =
      ReportValidator.builder().clock(Fixture.CLOCK).build();

  static Report2021 hongze2023() {
    Applications.Builder applications = Applications.builder(Edition.V2021)
        .setRow(ApplicationRow.NEW_RECEIVED, 21, 0, 0, 0, 0, 0, 21)
        .setRow(ApplicationRow.PARTIALLY_GRANTED, 4, 0, 0, 0, 0, 0, 4)
        .setRow(ApplicationRow.WITHHELD_STATE_SECRET, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_PROCESS_INFORMATION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_ENFORCEMENT_FILES, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.UNABLE_NOT_HELD, 10, 0, 0, 0, 0, 0, 10)
        .setRow(ApplicationRow.UNABLE_NEEDS_CREATION, 3, 0, 0, 0, 0, 0, 3)
        .setRow(ApplicationRow.NOT_PROCESSED_PETITION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.OUTCOME_TOTAL, 21, 0, 0, 0, 0, 0, 21);
    for (ApplicationRow row : List.of(ApplicationRow.OTHER_NO_CORRECTION, ApplicationRow.OTHER_UNPAID_FEE)) {
      for (Applicant column : Applicant.values()) {
        applications.setBlank(row, column);
      }
    }
    return Report2021.builder()
        .organ("淮安市洪泽区人民政府")
        .year(2023)
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.RULES, 0, 0, 0)
            .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 0, 5, 5)
            .setRow(Disclosure2021Row.LICENSING, 550)
            .setRow(Disclosure2021Row.PENALTIES, 4119)
            .setRow(Disclosure2021Row.COMPULSION, 195)
            .set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
                new BigDecimal("7730.28"), MoneyUnit.WAN_YUAN)
            .build())
        .applications(applications.build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 10, 1, 0, 0, 0)
            .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 5, 0, 0, 0, 0)
            .build())
        .build();
  }

  @Test
  void hongze2023HasTwoLitTotalErrorsAndFourteenMissingCells() {
    ValidationResult result = VALIDATOR.validate(hongze2023());

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
        Fixture.zh(VALIDATOR.validate(hongze2023()).filter("CELL-MISSING").get(13)));
  }

  @Test
  void suppressionByIdAndByIdAndPath() {
    ReportValidator quiet = ReportValidator.builder()
        .clock(Fixture.CLOCK)
        .suppress("CELL-MISSING")
        .suppress("LIT-TOTAL", "reviewAndLitigation.review.total")
        .build();
    ValidationResult result = quiet.validate(hongze2023());
    assertEquals(List.of("LIT-TOTAL reviewAndLitigation.litigationAfterReview.total"),
        result.getDiagnostics().stream().map(v -> v.getCode() + " " + Fixture.path(v)).toList());
  }
}
