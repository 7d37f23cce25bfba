package org.ogireport.core.samples;

import java.math.BigDecimal;
import org.ogireport.core.Amount;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Sections;

/**
 * The five seeds and three of the real-world reports that ogi-report-testing ships under
 * {@code org/ogireport/testing/published/}, rebuilt in Java with the core builders, cell for cell
 * as printed (numbers read from the seed texts and the hand-checked {@code *.expected.json}), and
 * passages of their texts. In core's test jar for the validation's tests, which cannot use
 * ogi-report-testing (it depends on them).
 */
public final class Samples {

  private Samples() {}

  /** Seed 000: 重庆市合川区信访办, 2019, tables 三 and 四 all 0, procurement 2 / 68000元. */
  public static Report2019 seed000() {
    return Report2019.builder()
        .organ("重庆市合川区信访办")
        .year(2019)
        .proactiveDisclosure(ProactiveDisclosure2019.builder()
            .setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, 1, 0, 0)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS, 2)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
                new BigDecimal("68000"), MoneyUnit.YUAN)
            .build())
        .build();
  }

  /** 淮安 2024's 依申请公开 paragraph: lines 29–36 of its text, as extracted from the PDF. */
  public static final String HUAIAN_2024_OVERVIEW = """
      和针对性。2024 年，全市共受理政府信息公开申请 3119 件，答
      复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度
      答复），均在法定期限内予以答复。政府信息公开行政复议 351
      件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚
      未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25
      件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。
      """;

  /** The 一、总体情况 sentences of seed 001 that carry numbers. */
  public static final String SEED_001_OVERVIEW =
      "妥善处理政府信息公开工作，2020年，涪陵区人民政府办公室共受理政府信息公开申请8件，均已依法答复，"
          + "答复及时率为100%。因政府信息依申请公开引起行政复议1件。";

  /** Seed 001: 重庆市涪陵区人民政府办公室, 2020: 8 applications all granted, one review corrected. */
  public static Report2019 seed001() {
    return Report2019.builder()
        .organ("重庆市涪陵区人民政府办公室")
        .year(2020)
        .sections(Sections.builder()
            .overview(SEED_001_OVERVIEW)
            .problems("区政府办信息公开工作取得一定成效，但也存在一些薄弱环节，主要表现在：一是公开广度深度有待"
                + "进一步拓展。二是公开内容有待进一步丰富完善。三是工作人员的业务水平还有待进一步提高。")
            .otherMatters("无。")
            .build())
        .proactiveDisclosure(ProactiveDisclosure2019.builder()
            .setRow(Disclosure2019Row.NORMATIVE_DOCUMENTS, 8, 8, 95)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS, 1)
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
                new BigDecimal("91.82"), MoneyUnit.WAN_YUAN)
            .build())
        .applications(Applications.builder(Edition.V2019)
            .setRow(ApplicationRow.NEW_RECEIVED, 8, 0, 0, 0, 0, 0, 8)
            .setRow(ApplicationRow.GRANTED, 8, 0, 0, 0, 0, 0, 8)
            .setRow(ApplicationRow.OUTCOME_TOTAL, 8, 0, 0, 0, 0, 0, 8)
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 0, 1, 0, 0, 1)
            .build())
        .build();
  }

  /** Seeds 002 (固原市信访局) and 003 (遂宁市安居区经济合作局), 2019: every table 0, amount a bare 0. */
  public static Report2019 zeroSeed2019(String organ) {
    return Report2019.builder()
        .organ(organ)
        .year(2019)
        .proactiveDisclosure(ProactiveDisclosure2019.builder()
            .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
                Amount.ofUnknownUnit(BigDecimal.ZERO))
            .build())
        .build();
  }

  /** Seed 004: 巫溪县信访办公室, 2022, edition 2021, every table 0. */
  public static Report2021 seed004() {
    return Report2021.builder().organ("巫溪县信访办公室").year(2022).build();
  }

  /** 淮安市洪泽区人民政府 2023: one （六）其他处理 row on the 2021 form; 行政复议 总计 printed 0. */
  public static Report2021 hongze2023() {
    Applications.Builder t = Applications.builder(Edition.V2021)
        .setRow(ApplicationRow.NEW_RECEIVED, 21, 0, 0, 0, 0, 0, 21)
        .setRow(ApplicationRow.PARTIALLY_GRANTED, 4, 0, 0, 0, 0, 0, 4)
        .setRow(ApplicationRow.WITHHELD_STATE_SECRET, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_PROCESS_INFORMATION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_ENFORCEMENT_FILES, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.UNABLE_NOT_HELD, 10, 0, 0, 0, 0, 0, 10)
        .setRow(ApplicationRow.UNABLE_NEEDS_CREATION, 3, 0, 0, 0, 0, 0, 3)
        .setRow(ApplicationRow.NOT_PROCESSED_PETITION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.OUTCOME_TOTAL, 21, 0, 0, 0, 0, 0, 21);
    blankOtherHandlingSubRows(t);
    return Report2021.builder()
        .organ("淮安市洪泽区人民政府")
        .year(2023)
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 0, 5, 5)
            .set(Disclosure2021Row.LICENSING, Disclosure2021Column.DECISIONS, 550)
            .set(Disclosure2021Row.PENALTIES, Disclosure2021Column.DECISIONS, 4119)
            .set(Disclosure2021Row.COMPULSION, Disclosure2021Column.DECISIONS, 195)
            .set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
                new BigDecimal("7730.28"), MoneyUnit.WAN_YUAN)
            .build())
        .applications(t.build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 10, 1, 0, 0, 0)
            .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 5, 0, 0, 0, 0)
            .build())
        .build();
  }

  /** 淮安市洪泽区人民政府 2024: 95 applications; one （六）其他处理 row on the 2021 form. */
  public static Report2021 hongze2024() {
    Applications.Builder t = Applications.builder(Edition.V2021)
        .setRow(ApplicationRow.NEW_RECEIVED, 95, 0, 0, 0, 0, 0, 95)
        .setRow(ApplicationRow.GRANTED, 50, 0, 0, 0, 0, 0, 50)
        .setRow(ApplicationRow.PARTIALLY_GRANTED, 9, 0, 0, 0, 0, 0, 9)
        .setRow(ApplicationRow.WITHHELD_SECURITY_OR_STABILITY, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_PROCESS_INFORMATION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.WITHHELD_ENFORCEMENT_FILES, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.UNABLE_NOT_HELD, 31, 0, 0, 0, 0, 0, 31)
        .setRow(ApplicationRow.UNABLE_NEEDS_CREATION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.NOT_PROCESSED_PETITION, 1, 0, 0, 0, 0, 0, 1)
        .setRow(ApplicationRow.OUTCOME_TOTAL, 95, 0, 0, 0, 0, 0, 95);
    blankOtherHandlingSubRows(t);
    return Report2021.builder()
        .organ("淮安市洪泽区人民政府")
        .year(2024)
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 3, 0, 8)
            .set(Disclosure2021Row.LICENSING, Disclosure2021Column.DECISIONS, 9487)
            .set(Disclosure2021Row.PENALTIES, Disclosure2021Column.DECISIONS, 2776)
            .set(Disclosure2021Row.COMPULSION, Disclosure2021Column.DECISIONS, 84)
            .set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
                new BigDecimal("7545"), MoneyUnit.WAN_YUAN)
            .build())
        .applications(t.build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 1, 1, 0, 0, 2)
            .setRow(CaseBlock.LITIGATION_DIRECT, 1, 0, 0, 0, 1)
            .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 2, 0, 1, 0, 3)
            .build())
        .build();
  }

  /** 淮安市人民政府 2024: 3119 new applications, 34 carried over, 103 carried forward. */
  public static Report2021 huaian2024() {
    return Report2021.builder()
        .organ("淮安市人民政府")
        .year(2024)
        .proactiveDisclosure(ProactiveDisclosure2021.builder()
            .setRow(Disclosure2021Row.RULES, 1, 0, 11)
            .setRow(Disclosure2021Row.NORMATIVE_DOCUMENTS, 8, 26, 66)
            .set(Disclosure2021Row.LICENSING, Disclosure2021Column.DECISIONS, 447228)
            .set(Disclosure2021Row.PENALTIES, Disclosure2021Column.DECISIONS, 3985758)
            .set(Disclosure2021Row.COMPULSION, Disclosure2021Column.DECISIONS, 88283)
            .set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT,
                new BigDecimal("96171.6"), MoneyUnit.WAN_YUAN)
            .build())
        .applications(Applications.builder(Edition.V2021)
            .setRow(ApplicationRow.NEW_RECEIVED, 3001, 53, 0, 0, 61, 4, 3119)
            .setRow(ApplicationRow.CARRIED_OVER, 34, 0, 0, 0, 0, 0, 34)
            .setRow(ApplicationRow.GRANTED, 1288, 21, 0, 0, 50, 3, 1362)
            .setRow(ApplicationRow.PARTIALLY_GRANTED, 447, 7, 0, 0, 0, 0, 454)
            .setRow(ApplicationRow.WITHHELD_STATE_SECRET, 2, 0, 0, 0, 0, 0, 2)
            .setRow(ApplicationRow.WITHHELD_PROHIBITED_BY_LAW, 30, 1, 0, 0, 0, 0, 31)
            .setRow(ApplicationRow.WITHHELD_SECURITY_OR_STABILITY, 5, 0, 0, 0, 0, 0, 5)
            .setRow(ApplicationRow.WITHHELD_THIRD_PARTY_RIGHTS, 6, 0, 0, 0, 0, 0, 6)
            .setRow(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, 7, 1, 0, 0, 0, 0, 8)
            .setRow(ApplicationRow.WITHHELD_PROCESS_INFORMATION, 12, 0, 0, 0, 0, 0, 12)
            .setRow(ApplicationRow.WITHHELD_ENFORCEMENT_FILES, 9, 0, 0, 0, 0, 0, 9)
            .setRow(ApplicationRow.WITHHELD_INQUIRY_MATTERS, 105, 0, 0, 0, 0, 0, 105)
            .setRow(ApplicationRow.UNABLE_NOT_HELD, 746, 12, 0, 0, 10, 1, 769)
            .setRow(ApplicationRow.UNABLE_NEEDS_CREATION, 11, 0, 0, 0, 0, 0, 11)
            .setRow(ApplicationRow.UNABLE_UNCLEAR_AFTER_CORRECTION, 1, 0, 0, 0, 0, 0, 1)
            .setRow(ApplicationRow.NOT_PROCESSED_PETITION, 56, 6, 0, 0, 0, 0, 62)
            .setRow(ApplicationRow.NOT_PROCESSED_REPEATED, 25, 0, 0, 0, 0, 0, 25)
            .setRow(ApplicationRow.NOT_PROCESSED_CONFIRMATION, 1, 0, 0, 0, 0, 0, 1)
            .setRow(ApplicationRow.OTHER_NO_CORRECTION, 67, 3, 0, 0, 1, 0, 71)
            .setRow(ApplicationRow.OTHER_UNPAID_FEE, 6, 0, 0, 0, 0, 0, 6)
            .setRow(ApplicationRow.OTHER_OTHER, 108, 2, 0, 0, 0, 0, 110)
            .setRow(ApplicationRow.OUTCOME_TOTAL, 2932, 53, 0, 0, 61, 4, 3050)
            .setRow(ApplicationRow.CARRIED_FORWARD, 103, 0, 0, 0, 0, 0, 103)
            .build())
        .reviewAndLitigation(ReviewAndLitigation.builder()
            .setRow(CaseBlock.REVIEW, 72, 64, 178, 37, 351)
            .setRow(CaseBlock.LITIGATION_DIRECT, 13, 4, 8, 1, 26)
            .setRow(CaseBlock.LITIGATION_AFTER_REVIEW, 12, 1, 1, 6, 20)
            .build())
        .build();
  }

  private static void blankOtherHandlingSubRows(Applications.Builder t) {
    for (Applicant column : Applicant.values()) {
      t.setBlank(ApplicationRow.OTHER_NO_CORRECTION, column);
      t.setBlank(ApplicationRow.OTHER_UNPAID_FEE, column);
    }
  }
}
