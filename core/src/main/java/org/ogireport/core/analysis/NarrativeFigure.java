package org.ogireport.core.analysis;

import java.util.regex.Pattern;

/**
 * A figure that 一、总体情况 commonly states in words and the tables state in cells, e.g.
 * 共受理政府信息公开申请8件 against 一、本年新收 总计. {@link Narrative} finds them in a text.
 *
 * <p>Each figure is recognised by a statement ({@code 受理…申请 8 件}) or by a denial
 * ({@code 未收到…申请}, read as 0). The patterns are deliberately narrow: a statement they miss
 * gives no figure (and no warning), never a wrong one.
 */
public enum NarrativeFigure {
  /** 本年新收/受理申请 N 件, compared with 一、本年新收政府信息公开申请数量 总计. */
  APPLICATIONS(
      "本年受理申请", "applications received",
      "(?:受理|收到|新收|接收|接到)" + gap(20, "结转") + "申请" + gap(8, "结转"),
      "(?:未|没有)(?:收到|受理|接到|发生)" + list(12) + "申请"),
  /** 上年结转 N 件, compared with 二、上年结转政府信息公开申请数量 总计. */
  CARRIED_OVER(
      "上年结转", "carried over from last year",
      "上一?年度?结转" + gap(10, ""),
      "(?:未|没有|无)上一?年度?结转"),
  /**
   * 结转下年度 N 件 (also 结转至/到下一年度…), compared with 四、结转下年度继续办理 总计; 未/没有/无结转下年度
   * reads as 0.
   */
  CARRIED_FORWARD(
      "结转下年度", "carried forward to next year",
      "结转[至到]?下一?年度?" + gap(10, ""),
      "(?:未|没有|无)结转[至到]?下一?年"),
  /** 行政复议 N 件, compared with table 四 行政复议 总计. */
  REVIEW(
      "行政复议", "administrative reviews",
      "行政复议(?:案件)?" + gap(6, "维持|纠正|审结|其他"),
      "(?:未|没有)(?:发生|收到|出现|产生|引发|被申请|被提起)" + list(30) + "行政复议"),
  /** 行政诉讼 N 件, compared with the sum of table 四's two 行政诉讼 总计. */
  LITIGATION(
      "行政诉讼", "administrative lawsuits",
      "行政诉讼(?:案件)?" + gap(6, "维持|纠正|审结|其他"),
      "(?:未|没有)(?:发生|收到|出现|产生|引发|被提起|提起)" + list(30) + "行政诉讼");

  private final String chineseName;
  private final String englishName;
  private final Pattern statement;
  private final Pattern denial;

  NarrativeFigure(String chineseName, String englishName, String before, String denial) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.statement = Pattern.compile(
        before + "(?<n>" + ChineseNumber.PATTERN + ")(?:件|起|宗|个|份|次)");
    this.denial = Pattern.compile(denial);
  }

  /** Up to {@code max} characters inside one clause, none a digit, none starting {@code stop}. */
  private static String gap(int max, String stop) {
    String ch = "[^，。；;,、：:！？（）()\\d]";
    return "(?:" + (stop.isEmpty() ? "" : "(?!" + stop + ")") + ch + "){0," + max + "}?";
  }

  /** Up to {@code max} characters inside one sentence: an enumeration (、，) may come between. */
  private static String list(int max) {
    return "[^。；;！？]{0," + max + "}?";
  }

  /** {@return the Chinese name used in messages, e.g. {@code 行政复议}} */
  public String getChineseName() {
    return chineseName;
  }

  /** {@return the English name used in messages, e.g. {@code administrative reviews}} */
  public String getEnglishName() {
    return englishName;
  }

  Pattern statement() {
    return statement;
  }

  Pattern denial() {
    return denial;
  }
}
