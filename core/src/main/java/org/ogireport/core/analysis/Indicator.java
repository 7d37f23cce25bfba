package org.ogireport.core.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.OutcomeGroup;

/**
 * An indicator computed from one report, used to compare organs and years: a count, or a share
 * whose denominator is one of the named {@linkplain Base bases}.
 *
 * <p>Every indicator is computed from the parts, never from the printed totals: a printed total
 * that is not the sum of its parts (it happens: see the rules {@code APP-ROW-TOTAL},
 * {@code APP-OUTCOME-TOTAL}, {@code LIT-TOTAL}) would otherwise skew the ranking, and the parts
 * are what the applications and cases really were. So "（七）总计" below means the sum of every
 * outcome row over the six applicant columns, "予以公开" the sum of that row's six columns, and so
 * on. A cell without a number counts as 0, as in the rules. A share whose denominator is 0 is
 * undefined (empty), never NaN.
 *
 * <p>Every share says its denominator ({@link #getBase()}), and a share of closed applications or
 * cases never divides by a total that includes pending ones: {@link Base#APPLICATIONS_CLOSED} leaves
 * out 四、结转下年度继续办理, {@link Base#REVIEWS_CLOSED} and {@link Base#LITIGATION_CLOSED} leave out
 * 尚未审结 (the printed 总计 of table 四 includes them). {@link Base#APPLICATIONS_OPEN} includes the
 * pending applications on purpose: {@link #CARRIED_FORWARD_SHARE}, the share of them still pending,
 * is the one indicator that uses it.
 *
 * <p>This enum is the one place the indicators are defined: their ids, names, numerators and
 * bases; the CSV columns, ranking tables and README follow it.
 *
 * <pre>{@code
 * Indicators.of(report).get(Indicator.GRANTED_SHARE).getValue();   // OptionalDouble[1.0]
 * Indicator.GRANTED_SHARE.getBase();                               // Optional[APPLICATIONS_CLOSED]
 * Indicator.GRANTED_SHARE.getDefinition();
 *     // （一）予以公开, summed over the six applicant columns / （七）总计 (applications closed ...)
 * }</pre>
 */
public enum Indicator {
  /** 办理申请总数: （七）总计, the applications given a final result this year. */
  APPLICATIONS_HANDLED(
      "applications_handled", "办理申请总数", "applications handled",
      "（七）总计: the sum of every outcome row of table 三 over the six applicant columns",
      Indicator::closed, null),
  /** 予以公开率: （一）予以公开 / （七）总计. */
  GRANTED_SHARE(
      "granted_share", "予以公开率", "share granted",
      "（一）予以公开, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.GRANTED)), Base.APPLICATIONS_CLOSED),
  /** 部分公开率: （二）部分公开 / （七）总计. */
  PARTIALLY_GRANTED_SHARE(
      "partially_granted_share", "部分公开率", "share granted in part",
      "（二）部分公开, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.PARTIALLY_GRANTED)), Base.APPLICATIONS_CLOSED),
  /** 不予公开率: （三）不予公开 1.–8. / （七）总计. */
  WITHHELD_SHARE(
      "withheld_share", "不予公开率", "share withheld",
      "the eight （三）不予公开 rows together, summed over the six applicant columns",
      r -> applications(r, group(r, OutcomeGroup.WITHHELD)), Base.APPLICATIONS_CLOSED),
  /** 不掌握率: （四）1.本机关不掌握相关政府信息 / （七）总计. */
  NOT_HELD_SHARE(
      "not_held_share", "不掌握信息率", "share not held",
      "（四）无法提供 1.本机关不掌握相关政府信息, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.UNABLE_NOT_HELD)), Base.APPLICATIONS_CLOSED),
  /** 复议纠错率: 行政复议 结果纠正 / 已审结. */
  REVIEW_CORRECTION_RATE(
      "review_correction_rate", "行政复议纠错率", "review correction rate",
      "行政复议 结果纠正",
      r -> cases(r, List.of(CaseBlock.REVIEW), List.of(CaseResult.CORRECTED)),
      Base.REVIEWS_CLOSED),
  /** 诉讼纠错率: 行政诉讼 结果纠正 / 已审结, both litigation blocks together. */
  LITIGATION_CORRECTION_RATE(
      "litigation_correction_rate", "行政诉讼纠错率", "litigation correction rate",
      "行政诉讼 结果纠正 over both blocks (未经复议直接起诉 and 复议后起诉)",
      r -> litigation(r, List.of(CaseResult.CORRECTED)), Base.LITIGATION_CLOSED),
  /** 结转率: 四、结转下年度继续办理 / (一、本年新收 + 二、上年结转). */
  CARRIED_FORWARD_SHARE(
      "carried_forward_share", "结转率", "carry-forward share",
      "四、结转下年度继续办理, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.CARRIED_FORWARD)), Base.APPLICATIONS_OPEN),
  /**
   * 实质公开率: (（一）予以公开 + （二）部分公开) / （七）总计, the share of closed applications that
   * released information, in full or in part: {@link #GRANTED_SHARE} and
   * {@link #PARTIALLY_GRANTED_SHARE} together.
   */
  SUBSTANTIVE_DISCLOSURE_SHARE(
      "substantive_disclosure_share", "实质公开率", "substantive disclosure share",
      "（一）予以公开 + （二）部分公开, summed over the six applicant columns",
      r -> applications(r, List.of(ApplicationRow.GRANTED, ApplicationRow.PARTIALLY_GRANTED)),
      Base.APPLICATIONS_CLOSED);

  /**
   * The denominator of a share: what its value is a share of, and what a minimum base (a
   * ranking's "at least 30 applications") counts.
   *
   * <pre>{@code
   * Base.APPLICATIONS_CLOSED.getLabel();   // "（七）总计"
   * Base.REVIEWS_CLOSED.getUnit();         // "cases"
   * }</pre>
   */
  public enum Base {
    /** （七）总计: the applications closed this year (given a final result); pending ones left out. */
    APPLICATIONS_CLOSED(
        "（七）总计", "applications",
        "applications closed this year: every outcome row of table 三 over the six applicant "
            + "columns; the pending ones (四、结转下年度继续办理) are not included",
        Indicator::closed),
    /** 一 + 二: the applications to handle this year, pending ones included. */
    APPLICATIONS_OPEN(
        "一＋二", "applications",
        "applications to handle this year: 一、本年新收 + 二、上年结转 over the six applicant "
            + "columns, the ones still pending at the end of the year included",
        r -> applications(r, List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_OVER))),
    /** 行政复议已审结: 结果维持 + 结果纠正 + 其他结果; 尚未审结 left out. */
    REVIEWS_CLOSED(
        "行政复议已审结", "cases",
        "administrative reviews closed: 行政复议 结果维持 + 结果纠正 + 其他结果; 尚未审结 is not "
            + "included (the printed 总计 includes it)",
        r -> cases(r, List.of(CaseBlock.REVIEW), CaseResult.closed())),
    /** 行政诉讼已审结: both litigation blocks, 结果维持 + 结果纠正 + 其他结果; 尚未审结 left out. */
    LITIGATION_CLOSED(
        "行政诉讼已审结", "cases",
        "lawsuits closed: 结果维持 + 结果纠正 + 其他结果 of both 行政诉讼 blocks (未经复议直接起诉 "
            + "and 复议后起诉); 尚未审结 is not included (the printed 总计 includes it)",
        r -> litigation(r, CaseResult.closed()));

    private final String label;
    private final String unit;
    private final String description;
    private final ToLongFunction<AnnualReport> compute;

    Base(String label, String unit, String description, ToLongFunction<AnnualReport> compute) {
      this.label = label;
      this.unit = unit;
      this.description = description;
      this.compute = compute;
    }

    /**
     * The short label as the form names it, e.g. {@code （七）总计}.
     *
     * @return the label
     */
    public String getLabel() {
      return label;
    }

    /**
     * What the base counts, in English: {@code applications} or {@code cases}.
     *
     * @return the unit
     */
    public String getUnit() {
      return unit;
    }

    /**
     * What the base is, in terms of the printed form, saying whether pending ones are included.
     *
     * @return the description
     */
    public String getDescription() {
      return description;
    }

    /**
     * The base of a report.
     *
     * @param report the report, not null
     * @return the exact sum
     * @throws ArithmeticException when the sum overflows a {@code long}, naming the cell
     */
    public long compute(AnnualReport report) {
      return compute.applyAsLong(report);
    }
  }

  private static final List<CaseBlock> LITIGATION_BLOCKS =
      List.of(CaseBlock.values()).stream().filter(CaseBlock::isLitigation).toList();

  private final String id;
  private final String chineseName;
  private final String englishName;
  private final String numeratorDefinition;
  private final ToLongFunction<AnnualReport> numerator;
  private final Base base;

  Indicator(
      String id, String chineseName, String englishName, String numeratorDefinition,
      ToLongFunction<AnnualReport> numerator, Base base) {
    this.id = id;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.numeratorDefinition = numeratorDefinition;
    this.numerator = numerator;
    this.base = base;
  }

  /**
   * The stable id, snake case, e.g. {@code granted_share}: a CSV column name.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * The Chinese name, e.g. {@code 予以公开率}.
   *
   * @return the name
   */
  public String getChineseName() {
    return chineseName;
  }

  /**
   * The English name, e.g. {@code share granted}.
   *
   * @return the name
   */
  public String getEnglishName() {
    return englishName;
  }

  /**
   * What is counted: the count itself, or the numerator of a share, in terms of the printed form.
   *
   * @return the numerator's definition, e.g. {@code （一）予以公开, summed over the six applicant
   *     columns}
   */
  public String getNumeratorDefinition() {
    return numeratorDefinition;
  }

  /**
   * The definition in terms of the printed form: the count, or numerator / base with what the
   * base counts.
   *
   * @return e.g. {@code （一）予以公开, summed over the six applicant columns / （七）总计
   *     (applications closed this year: ...)}
   */
  public String getDefinition() {
    return base == null
        ? numeratorDefinition
        : numeratorDefinition + " / " + base.getLabel() + " (" + base.getDescription() + ")";
  }

  /**
   * The denominator of a share.
   *
   * @return the base, or empty for a count
   */
  public Optional<Base> getBase() {
    return Optional.ofNullable(base);
  }

  /**
   * Whether the indicator is a share (a ratio of two counts) rather than a count.
   *
   * @return whether it has a {@link #getBase() base}
   */
  public boolean isShare() {
    return base != null;
  }

  /**
   * The indicator of a report.
   *
   * @param report the report, not null
   * @return the count, or the share as numerator and base
   * @throws ArithmeticException when a sum overflows a {@code long}, naming the cell
   */
  public IndicatorValue compute(AnnualReport report) {
    long top = numerator.applyAsLong(report);
    return base == null
        ? IndicatorValue.ofCount(this, top)
        : IndicatorValue.ofShare(this, top, base.compute(report));
  }

  /**
   * The indicator with an id.
   *
   * @param id the id, e.g. {@code granted_share}
   * @return the indicator
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

  private static long closed(AnnualReport r) {
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
