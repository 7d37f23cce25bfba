package org.ogireport.core.analysis;

import java.util.List;
import java.util.function.ToLongFunction;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.OutcomeGroup;

/**
 * An indicator computed from one report, used to compare organs and years.
 *
 * <p>Every indicator is computed from the parts, never from the printed totals: a printed total
 * that is not the sum of its parts (it happens: see the rules {@code APP-ROW-TOTAL},
 * {@code APP-OUTCOME-TOTAL}, {@code LIT-TOTAL}) would otherwise skew the ranking, and the parts
 * are what the applications and cases really were. So "（七）总计·总计" below means the sum of
 * every outcome row over the six applicant columns, "予以公开" the sum of that row's six columns,
 * and so on. A cell without a number counts as 0, as in the rules. A share whose denominator is 0
 * is undefined (empty), never NaN.
 *
 * <pre>{@code
 * Indicators.of(report).get(Indicator.GRANTED_SHARE).getValue();   // OptionalDouble[1.0]
 * }</pre>
 */
public enum Indicator {
  /** 办理申请总数: （七）总计·总计, the applications given a final result this year. */
  APPLICATIONS_HANDLED(
      "applications_handled", "办理申请总数", "applications handled",
      "（七）总计·总计: the sum of every outcome row of table 三 over the six applicant columns",
      Indicator::handled, null),
  /** 予以公开率: （一）予以公开 / （七）总计. */
  GRANTED_SHARE(
      "granted_share", "予以公开率", "share granted",
      "（一）予以公开 / （七）总计, both summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.GRANTED)), Indicator::handled),
  /** 部分公开率: （二）部分公开 / （七）总计. */
  PARTIALLY_GRANTED_SHARE(
      "partially_granted_share", "部分公开率", "share granted in part",
      "（二）部分公开 / （七）总计, both summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.PARTIALLY_GRANTED)), Indicator::handled),
  /** 不予公开率: （三）不予公开 1.–8. / （七）总计. */
  WITHHELD_SHARE(
      "withheld_share", "不予公开率", "share withheld",
      "the eight （三）不予公开 rows together / （七）总计, summed over the six applicant columns",
      r -> applications(r, group(r, OutcomeGroup.WITHHELD)), Indicator::handled),
  /** 不掌握率: （四）1.本机关不掌握相关政府信息 / （七）总计. */
  NOT_HELD_SHARE(
      "not_held_share", "不掌握信息率", "share not held",
      "（四）无法提供 1.本机关不掌握相关政府信息 / （七）总计, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.UNABLE_NOT_HELD)), Indicator::handled),
  /** 复议纠错率: 行政复议 结果纠正 / 已审结. */
  REVIEW_CORRECTION_RATE(
      "review_correction_rate", "行政复议纠错率", "review correction rate",
      "行政复议 结果纠正 / 已审结, where 已审结 = 结果维持 + 结果纠正 + 其他结果 (尚未审结 left out)",
      r -> cases(r, List.of(CaseBlock.REVIEW), List.of(CaseResult.CORRECTED)),
      r -> cases(r, List.of(CaseBlock.REVIEW), CaseResult.closed())),
  /** 诉讼纠错率: 行政诉讼 结果纠正 / 已审结, both litigation blocks together. */
  LITIGATION_CORRECTION_RATE(
      "litigation_correction_rate", "行政诉讼纠错率", "litigation correction rate",
      "行政诉讼 结果纠正 / 已审结 over both blocks (未经复议直接起诉 and 复议后起诉), where 已审结 = "
          + "结果维持 + 结果纠正 + 其他结果",
      r -> litigation(r, List.of(CaseResult.CORRECTED)),
      r -> litigation(r, CaseResult.closed())),
  /** 结转率: 四、结转下年度继续办理 / (一、本年新收 + 二、上年结转). */
  CARRIED_FORWARD_SHARE(
      "carried_forward_share", "结转率", "carry-forward share",
      "四、结转下年度继续办理 / (一、本年新收 + 二、上年结转), each summed over the six applicant "
          + "columns",
      r -> applications(r, List.of(ApplicationRow.CARRIED_FORWARD)),
      r -> applications(r, List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_OVER)));

  private static final List<CaseBlock> LITIGATION_BLOCKS =
      List.of(CaseBlock.values()).stream().filter(CaseBlock::isLitigation).toList();

  private final String id;
  private final String chineseName;
  private final String englishName;
  private final String definition;
  private final ToLongFunction<AnnualReport> numerator;
  private final ToLongFunction<AnnualReport> denominator;

  Indicator(
      String id, String chineseName, String englishName, String definition,
      ToLongFunction<AnnualReport> numerator, ToLongFunction<AnnualReport> denominator) {
    this.id = id;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.definition = definition;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The stable id, snake case, e.g. {@code granted_share}: a CSV column name. */
  public String getId() {
    return id;
  }

  /** The Chinese name, e.g. {@code 予以公开率}. */
  public String getChineseName() {
    return chineseName;
  }

  /** The English name, e.g. {@code share granted}. */
  public String getEnglishName() {
    return englishName;
  }

  /** The definition in terms of the printed form. */
  public String getDefinition() {
    return definition;
  }

  /** Whether the indicator is a share (a ratio of two counts) rather than a count. */
  public boolean isShare() {
    return denominator != null;
  }

  /**
   * The indicator of a report.
   *
   * @throws ArithmeticException when a sum overflows a {@code long}, naming the cell
   */
  public IndicatorValue compute(AnnualReport report) {
    long top = numerator.applyAsLong(report);
    return denominator == null
        ? IndicatorValue.ofCount(this, top)
        : IndicatorValue.ofShare(this, top, denominator.applyAsLong(report));
  }

  /**
   * The indicator with an id.
   *
   * @throws IllegalArgumentException naming the id and the known ones
   */
  public static Indicator ofId(String id) {
    for (Indicator i : values()) {
      if (i.id.equals(id)) {
        return i;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Indicator i : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(i.id);
    }
    throw new IllegalArgumentException("unknown indicator '" + id + "': expected one of " + known);
  }

  private static long handled(AnnualReport r) {
    return applications(r, ApplicationRow.outcomes(r.getEdition()));
  }

  private static List<ApplicationRow> group(AnnualReport r, OutcomeGroup group) {
    return ApplicationRow.outcomes(r.getEdition()).stream()
        .filter(row -> row.getGroup() == group)
        .toList();
  }

  private static long applications(AnnualReport r, List<ApplicationRow> rows) {
    return Reports.sum(r.getApplications(), rows, Applicant.parts());
  }

  private static long litigation(AnnualReport r, List<CaseResult> results) {
    return cases(r, LITIGATION_BLOCKS, results);
  }

  private static long cases(AnnualReport r, List<CaseBlock> blocks, List<CaseResult> results) {
    return Reports.sum(r.getReviewAndLitigation(), blocks, results);
  }
}
