package org.ogireport.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireport.core.samples.Samples;

class NarrativeTest {

  /** Lines 24–25 of realworld/hongze-2024.txt: 17 applications, where table 三 prints 95. */
  static final String HONGZE_2024 = """
      申请答复工作规范高效。2024 年，区政府办代表区政府受理政府
      信息公开申请 17 件，均已在法定期限内予以答复。
      """;

  /** Seed 004's 依申请公开 paragraph: nothing received, no lawsuit. */
  static final String SEED_004 = "(二)依申请公开情况。2022年我办始终坚持依法依规、及时高效的原则,进一步规范依申请"
      + "公开工作。线上、线下均未收到公开申请。未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况。";

  @ParameterizedTest
  @CsvSource({
      "8, 8", "3119, 3119", "'3,119', 3119", "３１１９, 3119", "八, 8", "十, 10", "十二, 12",
      "二十, 20", "一百零五, 105", "两千三百, 2300", "三万零六, 30006", "一万二千, 12000",
      "〇, 0", "零, 0"})
  void numbersInDigitsAndInChineseNumerals(String text, long value) {
    assertEquals(OptionalLong.of(value), ChineseNumber.parse(text));
  }

  @Test
  void textThatIsNotANumberHasNone() {
    assertEquals(OptionalLong.empty(), ChineseNumber.parse(""));
    assertEquals(OptionalLong.empty(), ChineseNumber.parse("件"));
    assertEquals(OptionalLong.empty(), ChineseNumber.parse("99999999999999999999"));
  }

  @Test
  void seed001StatesEightApplicationsAndOneReview() {
    Narrative n = Narrative.of(Samples.SEED_001_OVERVIEW);
    assertEquals(8, n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue());
    assertEquals("受理政府信息公开申请8件",
        n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getQuote());
    assertEquals(1, n.get(NarrativeFigure.REVIEW).orElseThrow().getValue());
    assertEquals("行政复议1件", n.get(NarrativeFigure.REVIEW).orElseThrow().getQuote());
    assertTrue(n.get(NarrativeFigure.LITIGATION).isEmpty());
    assertTrue(n.get(NarrativeFigure.CARRIED_OVER).isEmpty());
  }

  @Test
  void huaianStatesEveryFigureAcrossLineBreaks() {
    Narrative n = Narrative.of(Samples.HUAIAN_2024_OVERVIEW);
    assertEquals(3119, n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue());
    assertEquals(34, n.get(NarrativeFigure.CARRIED_OVER).orElseThrow().getValue());
    assertEquals("上年度结转申请34件", n.get(NarrativeFigure.CARRIED_OVER).orElseThrow().getQuote());
    assertEquals(351, n.get(NarrativeFigure.REVIEW).orElseThrow().getValue());
    assertEquals(46, n.get(NarrativeFigure.LITIGATION).orElseThrow().getValue());
  }

  @Test
  void hongzeStatesSeventeenApplications() {
    Narrative n = Narrative.of(HONGZE_2024);
    assertEquals(17, n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue());
    assertEquals("受理政府信息公开申请17件",
        n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getQuote());
  }

  @Test
  void denialsReadAsZero() {
    Narrative n = Narrative.of(SEED_004);
    assertEquals(0, n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue());
    assertEquals("未收到公开申请", n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getQuote());
    assertEquals(0, n.get(NarrativeFigure.LITIGATION).orElseThrow().getValue());
    assertTrue(n.get(NarrativeFigure.REVIEW).isEmpty());
  }

  @Test
  void chineseNumeralsAndTheFirstStatementCount() {
    Narrative n = Narrative.of("全年收到政府信息公开申请十二件，其中自然人申请八件。被申请行政复议一起，行政诉讼两件。");
    assertEquals(12, n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue());
    assertEquals(1, n.get(NarrativeFigure.REVIEW).orElseThrow().getValue());
    assertEquals(2, n.get(NarrativeFigure.LITIGATION).orElseThrow().getValue());
  }

  @Test
  void subCountsAndCarriedApplicationsAreNotTakenForTheFigure() {
    Narrative n = Narrative.of("办理上年结转申请3件。行政复议结果纠正2件。");
    assertTrue(n.get(NarrativeFigure.APPLICATIONS).isEmpty());
    assertEquals(3, n.get(NarrativeFigure.CARRIED_OVER).orElseThrow().getValue());
    assertTrue(n.get(NarrativeFigure.REVIEW).isEmpty());
  }

  @Test
  void carriedForwardIsTheFirstStatementOrADenialAndNeverTheCarriedOverFigure() {
    Narrative n = Narrative.of("上年结转申请2件，办结30件，结转下年度继续办理\n5件，其中结转下年度的自然人申请3件。");
    assertEquals(2, n.get(NarrativeFigure.CARRIED_OVER).orElseThrow().getValue());
    assertEquals(5, n.get(NarrativeFigure.CARRIED_FORWARD).orElseThrow().getValue());
    assertEquals("结转下年度继续办理5件", n.get(NarrativeFigure.CARRIED_FORWARD).orElseThrow().getQuote());
    assertEquals(12, Narrative.of("结转至下一年度办理的申请十二件。")
        .get(NarrativeFigure.CARRIED_FORWARD).orElseThrow().getValue());
    assertEquals(0, Narrative.of("所有申请均已办结，无结转下年度的申请。")
        .get(NarrativeFigure.CARRIED_FORWARD).orElseThrow().getValue());
    // 淮安 2024 writes 103 件顺延到下年度: the number before the words is not read
    assertTrue(Narrative.of("另有 103 件顺延到下年度答复").get(NarrativeFigure.CARRIED_FORWARD).isEmpty());
  }

  @Test
  void lengthCountsCharactersWithoutWhiteSpace() {
    assertEquals(7, Narrative.of("一、 总体\n情况\u3000。").getLength());
    assertEquals(1, Narrative.of("𠀀").getLength());
  }
}
