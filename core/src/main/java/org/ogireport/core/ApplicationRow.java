package org.ogireport.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data rows of table 三 (收到和处理政府信息公开申请情况), both editions, in printed order.
 *
 * <p>The 2019 edition has 23 rows with a single {@link #OTHER_HANDLING} row; the 2021 edition has
 * 25, with （六）其他处理 split into {@link #OTHER_NO_CORRECTION}, {@link #OTHER_UNPAID_FEE} and
 * {@link #OTHER_OTHER}. Every row has the seven {@link Applicant} columns.
 *
 * <pre>{@code
 * ApplicationRow.outcomes(Edition.V2021).size();      // 21
 * ApplicationRow.WITHHELD_STATE_SECRET.getJsonPath(); // "outcomes.withheld.stateSecret"
 * }</pre>
 */
public enum ApplicationRow implements Row<Applicant> {
  /** 一、本年新收政府信息公开申请数量. */
  NEW_RECEIVED(Part.RECEIVED, null, "一、", "本年新收政府信息公开申请数量", "newReceived"),
  /** 二、上年结转政府信息公开申请数量. */
  CARRIED_OVER(Part.RECEIVED, null, "二、", "上年结转政府信息公开申请数量", "carriedOver"),
  /** 三（一）予以公开. */
  GRANTED(Part.OUTCOME, null, "（一）", "予以公开", "outcomes.granted"),
  /** 三（二）部分公开. */
  PARTIALLY_GRANTED(
      Part.OUTCOME, null, "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）",
      "outcomes.partiallyGranted"),
  /** 三（三）不予公开 1.属于国家秘密. */
  WITHHELD_STATE_SECRET(Part.OUTCOME, OutcomeGroup.WITHHELD, "1.", "属于国家秘密", "stateSecret"),
  /** 三（三）不予公开 2.其他法律行政法规禁止公开. */
  WITHHELD_PROHIBITED_BY_LAW(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "2.", "其他法律行政法规禁止公开", "prohibitedByLaw"),
  /** 三（三）不予公开 3.危及“三安全一稳定”. */
  WITHHELD_SECURITY_OR_STABILITY(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "3.", "危及“三安全一稳定”", "securityOrStability"),
  /** 三（三）不予公开 4.保护第三方合法权益. */
  WITHHELD_THIRD_PARTY_RIGHTS(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "4.", "保护第三方合法权益", "thirdPartyRights"),
  /** 三（三）不予公开 5.属于三类内部事务信息. */
  WITHHELD_INTERNAL_AFFAIRS(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "5.", "属于三类内部事务信息", "internalAffairs"),
  /** 三（三）不予公开 6.属于四类过程性信息. */
  WITHHELD_PROCESS_INFORMATION(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "6.", "属于四类过程性信息", "processInformation"),
  /** 三（三）不予公开 7.属于行政执法案卷. */
  WITHHELD_ENFORCEMENT_FILES(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "7.", "属于行政执法案卷", "enforcementFiles"),
  /** 三（三）不予公开 8.属于行政查询事项. */
  WITHHELD_INQUIRY_MATTERS(
      Part.OUTCOME, OutcomeGroup.WITHHELD, "8.", "属于行政查询事项", "inquiryMatters"),
  /** 三（四）无法提供 1.本机关不掌握相关政府信息. */
  UNABLE_NOT_HELD(
      Part.OUTCOME, OutcomeGroup.UNABLE_TO_PROVIDE, "1.", "本机关不掌握相关政府信息", "notHeld"),
  /** 三（四）无法提供 2.没有现成信息需要另行制作. */
  UNABLE_NEEDS_CREATION(
      Part.OUTCOME, OutcomeGroup.UNABLE_TO_PROVIDE, "2.", "没有现成信息需要另行制作",
      "needsCreation"),
  /** 三（四）无法提供 3.补正后申请内容仍不明确. */
  UNABLE_UNCLEAR_AFTER_CORRECTION(
      Part.OUTCOME, OutcomeGroup.UNABLE_TO_PROVIDE, "3.", "补正后申请内容仍不明确",
      "unclearAfterCorrection"),
  /** 三（五）不予处理 1.信访举报投诉类申请. */
  NOT_PROCESSED_PETITION(
      Part.OUTCOME, OutcomeGroup.NOT_PROCESSED, "1.", "信访举报投诉类申请", "petitionOrComplaint"),
  /** 三（五）不予处理 2.重复申请. */
  NOT_PROCESSED_REPEATED(Part.OUTCOME, OutcomeGroup.NOT_PROCESSED, "2.", "重复申请", "repeated"),
  /** 三（五）不予处理 3.要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION(
      Part.OUTCOME, OutcomeGroup.NOT_PROCESSED, "3.", "要求提供公开出版物", "publication"),
  /** 三（五）不予处理 4.无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE(
      Part.OUTCOME, OutcomeGroup.NOT_PROCESSED, "4.", "无正当理由大量反复申请", "excessive"),
  /** 三（五）不予处理 5.要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION(
      Part.OUTCOME, OutcomeGroup.NOT_PROCESSED, "5.", "要求行政机关确认或重新出具已获取信息",
      "confirmation"),
  /** 三（六）其他处理, edition 2019 only (one data row). */
  OTHER_HANDLING(Part.OUTCOME, null, "（六）", "其他处理", "outcomes.otherHandling", Edition.V2019),
  /** 三（六）其他处理 1.申请人无正当理由逾期不补正…, edition 2021 only. */
  OTHER_NO_CORRECTION(
      Part.OUTCOME, OutcomeGroup.OTHER_HANDLING, "1.",
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "noCorrection",
      Edition.V2021),
  /** 三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用…, edition 2021 only. */
  OTHER_UNPAID_FEE(
      Part.OUTCOME, OutcomeGroup.OTHER_HANDLING, "2.",
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "unpaidFee",
      Edition.V2021),
  /** 三（六）其他处理 3.其他, edition 2021 only. */
  OTHER_OTHER(Part.OUTCOME, OutcomeGroup.OTHER_HANDLING, "3.", "其他", "other", Edition.V2021),
  /** 三（七）总计: the sum of every outcome row. */
  OUTCOME_TOTAL(Part.OUTCOME_TOTAL, null, "（七）", "总计", "outcomes.total"),
  /** 四、结转下年度继续办理. */
  CARRIED_FORWARD(Part.CARRIED_FORWARD, null, "四、", "结转下年度继续办理", "carriedForward");

  /**
   * Where a row stands in the form's balance 一 + 二 = 三（七） + 四.
   */
  public enum Part {
    /** 一 and 二: applications to be handled this year. */
    RECEIVED,
    /** A leaf of 三: a final handling result. */
    OUTCOME,
    /** 三（七）总计. */
    OUTCOME_TOTAL,
    /** 四: carried forward to next year. */
    CARRIED_FORWARD
  }

  private static final List<Applicant> COLUMNS = List.of(Applicant.values());
  private static final Map<Edition, List<ApplicationRow>> ROWS = new EnumMap<>(Edition.class);
  private static final Map<Edition, List<ApplicationRow>> OUTCOMES = new EnumMap<>(Edition.class);

  static {
    for (Edition e : Edition.values()) {
      List<ApplicationRow> rows = new ArrayList<>();
      List<ApplicationRow> outcomes = new ArrayList<>();
      for (ApplicationRow r : values()) {
        if (r.isIn(e)) {
          rows.add(r);
          if (r.part == Part.OUTCOME) {
            outcomes.add(r);
          }
        }
      }
      ROWS.put(e, Collections.unmodifiableList(rows));
      OUTCOMES.put(e, Collections.unmodifiableList(outcomes));
    }
  }

  private final Part part;
  private final OutcomeGroup group;
  private final String numbering;
  private final String label;
  private final String jsonPath;
  private final Set<Edition> editions;

  ApplicationRow(Part part, OutcomeGroup group, String numbering, String label, String name) {
    this(part, group, numbering, label, name, Edition.values());
  }

  ApplicationRow(
      Part part, OutcomeGroup group, String numbering, String label, String name,
      Edition... editions) {
    this.part = part;
    this.group = group;
    this.numbering = numbering;
    this.label = label;
    this.jsonPath = group == null ? name : group.getJsonPath() + "." + name;
    this.editions = EnumSet.copyOf(List.of(editions));
  }

  @Override
  public String getJsonPath() {
    return jsonPath;
  }

  @Override
  public String getNumbering() {
    return numbering;
  }

  @Override
  public String getLabel() {
    return label;
  }

  /** {@return the official numbering and label together, e.g. {@code （一）予以公开}} */
  public String getNumberedLabel() {
    return numbering + label;
  }

  /** {@return where the row stands in the balance 一 + 二 = 三（七） + 四} */
  public Part getPart() {
    return part;
  }

  /** {@return whether the row is a leaf of 三、本年度办理结果 (not the （七）总计 row)} */
  public boolean isOutcome() {
    return part == Part.OUTCOME;
  }

  /**
   * {@return the group header above the row, e.g. {@link OutcomeGroup#WITHHELD} for
   * {@code （三）不予公开}; {@code null} for ungrouped rows} {@link #getGroupLabel()} is empty for
   * those rows instead.
   */
  public OutcomeGroup getGroup() {
    return group;
  }

  @Override
  public String getGroupLabel() {
    return group == null ? "" : group.getNumbering() + group.getLabel();
  }

  @Override
  public List<Applicant> getColumns() {
    return COLUMNS;
  }

  @Override
  public boolean isIn(Edition edition) {
    return editions.contains(edition);
  }

  /**
   * Lists the rows of an edition's table 三 in printed order.
   *
   * @param edition the edition, not null
   * @return the rows, 23 for 2019 and 25 for 2021; unmodifiable
   */
  public static List<ApplicationRow> rows(Edition edition) {
    return ROWS.get(edition);
  }

  /**
   * Lists the outcome leaves of an edition's table 三 that add up to （七）总计, in printed order.
   *
   * @param edition the edition, not null
   * @return the rows, 19 for 2019 and 21 for 2021; unmodifiable
   */
  public static List<ApplicationRow> outcomes(Edition edition) {
    return OUTCOMES.get(edition);
  }
}
