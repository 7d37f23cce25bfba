package org.ogireport.core.rules;

import static org.ogireport.core.diagnostic.Severity.ERROR;
import static org.ogireport.core.diagnostic.Severity.WARNING;
import static org.ogireport.core.rules.RuleGroup.CATALOGUE;
import static org.ogireport.core.rules.RuleGroup.NARRATIVE;
import static org.ogireport.core.rules.RuleGroup.SERIES;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ogireport.core.Edition;
import org.ogireport.core.Row;
import org.ogireport.core.diagnostic.Severity;

/**
 * The rule catalogue: every rule with its stable id, severity, group, the editions it applies to,
 * its formula in words and the place it is reported on. This is the one place these facts are
 * stated: the validators of {@code ogi-report-validation} (one check class per entry, found by
 * its name), the JSON Schema's description, the fixtures that break rules and the message
 * bundles follow it.
 *
 * <pre>{@code
 * Rule.ofId("LIT-TOTAL").getSeverity();        // ERROR
 * Rule.APP_BALANCE.getMessageKey();            // "org.ogireport.rule.APP-BALANCE"
 * Rule.A20_ISSUED.appliesTo(Edition.V2019);    // false
 * Rule.NARR_REVIEW.getGroup();                 // NARRATIVE
 * }</pre>
 *
 * <p>Adding a rule: a constant here, its check class in {@code ogi-report-validation} (named
 * after the constant: {@code APP_ROW_TOTAL} is checked by {@code AppRowTotalCheck}), and its
 * message in the bundles {@code ContributorValidationMessages*.properties}. Nothing else lists
 * rules.
 */
public enum Rule {
  /** In every row of table 三, 总计 = 自然人 + the five 法人或其他组织 columns. */
  APP_ROW_TOTAL("APP-ROW-TOTAL", ERROR, CATALOGUE,
      "in every row of table 三, 总计 = 自然人 + the five 法人或其他组织 columns",
      "applications.<row>.total", RowFormulas::rowTotal, Edition.V2019, Edition.V2021),
  /** In every column of table 三, （七）总计 = the sum of every outcome row （一）…（六）. */
  APP_OUTCOME_TOTAL("APP-OUTCOME-TOTAL", ERROR, CATALOGUE,
      "in every column, （七）总计 = the sum of every outcome row （一）…（六）",
      "applications.outcomes.total.<column>", null, Edition.V2019, Edition.V2021),
  /** In every column of table 三, 一 + 二 = 三（七）总计 + 四. */
  APP_BALANCE("APP-BALANCE", ERROR, CATALOGUE,
      "in every column, 一 + 二 = 三（七）总计 + 四",
      "applications.carriedForward.<column>", null, Edition.V2019, Edition.V2021),
  /** In each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  LIT_TOTAL("LIT-TOTAL", ERROR, CATALOGUE,
      "in each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结",
      "reviewAndLitigation.<block>.total", RowFormulas::blockTotal, Edition.V2019, Edition.V2021),
  /** No count or amount is negative, except 本年增/减. */
  CELL_NEGATIVE("CELL-NEGATIVE", ERROR, CATALOGUE,
      "no count or amount is negative, except 本年增/减",
      "the cell", null, Edition.V2019, Edition.V2021),
  /** A cell was published without a number (blank or a marker); it counts as 0. */
  CELL_MISSING("CELL-MISSING", WARNING, CATALOGUE,
      "a cell was published without a number (blank or /)",
      "the cell", null, Edition.V2019, Edition.V2021),
  /** Edition 2019, item （一）: 本年新公开数量 ≤ 对外公开总数量. */
  A20_PUBLISHED("A20-PUBLISHED", WARNING, CATALOGUE,
      "item （一）: 本年新公开数量 ≤ 对外公开总数量",
      "proactiveDisclosure.<row>.newlyPublished", RowFormulas::published, Edition.V2019),
  /** Edition 2021, item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数. */
  A20_ISSUED("A20-ISSUED", WARNING, CATALOGUE,
      "item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数",
      "proactiveDisclosure.<row>.issued", RowFormulas::issued, Edition.V2021),
  /** Edition 2019, items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0. */
  A20_PROJECTS("A20-PROJECTS", WARNING, CATALOGUE,
      "items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0",
      "proactiveDisclosure.<row>.change", RowFormulas::projects, Edition.V2019),
  /** The edition fits the report year: 2019 for 2019–2020, 2021 from 2021. */
  EDITION_YEAR("EDITION-YEAR", WARNING, CATALOGUE,
      "the edition fits the report year (2019 for 2019–2020, 2021 from 2021)",
      "edition", null, Edition.V2019, Edition.V2021),
  /** The report year is 2008 or later and not after the current year. */
  YEAR_RANGE("YEAR-RANGE", ERROR, CATALOGUE,
      "the report year is 2008 or later and not after the current year",
      "year", null, Edition.V2019, Edition.V2021),
  /**
   * 一、总体情况 states a number of applications received (受理/收到/新收…申请 N 件, or 未收到…申请
   * as 0) that is neither 一、本年新收 总计 nor 一 + 二 (some organs count carried-over ones as
   * 受理), printed or computed from the columns.
   */
  NARR_APPLICATIONS("NARR-APPLICATIONS", WARNING, NARRATIVE,
      "一、总体情况's 本年受理/收到申请 N 件 = 一、本年新收 总计 (or 一 + 二)",
      "applications.newReceived.total", null, Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number carried over (上年结转 N 件) other than 二、上年结转 总计. */
  NARR_CARRIED_OVER("NARR-CARRIED-OVER", WARNING, NARRATIVE,
      "一、总体情况's 上年结转 N 件 = 二、上年结转 总计",
      "applications.carriedOver.total", null, Edition.V2019, Edition.V2021),
  /**
   * 一、总体情况 states a number carried forward to next year (结转下年度 N 件) other than
   * 四、结转下年度继续办理 总计.
   */
  NARR_CARRIED_FORWARD("NARR-CARRIED-FORWARD", WARNING, NARRATIVE,
      "一、总体情况's 结转下年度 N 件 = 四、结转下年度继续办理 总计",
      "applications.carriedForward.total", null, Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number of reviews (行政复议 N 件) other than table 四 行政复议 总计. */
  NARR_REVIEW("NARR-REVIEW", WARNING, NARRATIVE,
      "一、总体情况's 行政复议 N 件 = table 四 行政复议 总计",
      "reviewAndLitigation.review.total", null, Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number of lawsuits (行政诉讼 N 件) other than both 行政诉讼 总计. */
  NARR_LITIGATION("NARR-LITIGATION", WARNING, NARRATIVE,
      "一、总体情况's 行政诉讼 N 件 = 未经复议直接起诉 总计 + 复议后起诉 总计",
      "reviewAndLitigation.litigationDirect.total", null, Edition.V2019, Edition.V2021),
  /**
   * Two applicant columns of table 三 miss APP-BALANCE by +d and −d while the 总计 column
   * balances: likely d applications counted under one column in one row and the other column in
   * another row.
   */
  HINT_SWAPPED_COLUMNS("HINT-SWAPPED-COLUMNS", WARNING, NARRATIVE,
      "exactly two applicant columns miss 一 + 二 = 三（七） + 四 by +d and −d, the 总计 column holds",
      "applications.carriedForward.<column>", null, Edition.V2019, Edition.V2021),
  /**
   * Edition 2021: 一、总体情况 is longer than {@value Thresholds#OVERVIEW_MAX_CHARACTERS}
   * characters (white space not counted); the official guide asks for about 1,000.
   */
  NARR_OVERVIEW_LENGTH("NARR-OVERVIEW-LENGTH", WARNING, NARRATIVE,
      "edition 2021: 一、总体情况 ≤ " + Thresholds.OVERVIEW_MAX_CHARACTERS
          + " characters (guide: about 1,000)",
      "sections.overview", null, Edition.V2021),
  /**
   * Edition 2021: the report has narrative sections but 六、其他需要报告的事项 is missing or never
   * mentions 信息处理费 or 收费, which the 2021 form requires it to report.
   */
  NARR_FEES_SILENT("NARR-FEES-SILENT", WARNING, NARRATIVE,
      "edition 2021: 六、其他需要报告的事项 reports the 信息处理费 collected",
      "sections.otherMatters", null, Edition.V2021),
  /**
   * Section 五 (存在的主要问题及改进情况) is present but says nothing: fewer than
   * {@value Thresholds#PROBLEMS_MIN_CHARACTERS} characters once white space is removed, or only
   * 无 and punctuation.
   */
  NARR_PROBLEMS_EMPTY("NARR-PROBLEMS-EMPTY", WARNING, NARRATIVE,
      "五、存在的主要问题及改进情况, when present, is not 无 and has at least "
          + Thresholds.PROBLEMS_MIN_CHARACTERS + " characters",
      "sections.problems", null, Edition.V2019, Edition.V2021),
  /**
   * （六）其他处理 (2019) or （六）3.其他 (2021) is at least
   * {@value Thresholds#OTHER_HANDLING_MIN_PERCENT}% of （七）总计 and at least
   * {@value Thresholds#OTHER_HANDLING_MIN_COUNT} applications.
   */
  OTHER_HANDLING_SHARE("OTHER-HANDLING-SHARE", WARNING, NARRATIVE,
      "（六）其他处理 < " + Thresholds.OTHER_HANDLING_MIN_PERCENT + "% of （七）总计 (or fewer than "
          + Thresholds.OTHER_HANDLING_MIN_COUNT + ")",
      "applications.outcomes.otherHandling[.other].total", null, Edition.V2019, Edition.V2021),
  /** Tables 三 and 四 hold no number but 0 while 一、总体情况 reports applications, reviews or lawsuits. */
  TABLES_ZERO_TEXT("TABLES-ZERO-TEXT", WARNING, NARRATIVE,
      "tables 三 and 四 are not all zero when 一、总体情况 reports applications or cases",
      "applications", null, Edition.V2019, Edition.V2021),
  /** Across a series: last year's 四、结转下年度继续办理 = this year's 二、上年结转, every column. */
  SERIES_CARRY("SERIES-CARRY", WARNING, SERIES,
      "last year's 四、结转下年度继续办理 = this year's 二、上年结转 (every column)",
      "<year>:applications.carriedOver.<column>", null, Edition.V2019, Edition.V2021),
  /** Across a series, edition 2021 both years: last 现行有效 + 本年制发 − 本年废止 = this 现行有效. */
  SERIES_IN_FORCE("SERIES-IN-FORCE", WARNING, SERIES,
      "edition 2021 both years: last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this "
          + "year's 现行有效件数",
      "<year>:proactiveDisclosure.<row>.inForce", null, Edition.V2021),
  /** Across a series, edition 2019 both years: last 上一年项目数量 + 本年增/减 = this 上一年项目数量. */
  SERIES_PROJECTS("SERIES-PROJECTS", WARNING, SERIES,
      "edition 2019 both years: last year's 上一年项目数量 + 本年增/减 = this year's 上一年项目数量",
      "<year>:proactiveDisclosure.<row>.previousYear", null, Edition.V2019),
  /**
   * Across a series: section 五 is at least {@value Thresholds#COPIED_PROBLEMS_MIN_PERCENT}%
   * identical to last year's (Levenshtein similarity, white space removed, both texts at least
   * {@value Thresholds#COPIED_PROBLEMS_MIN_CHARACTERS} characters).
   */
  SERIES_COPIED_PROBLEMS("SERIES-COPIED-PROBLEMS", WARNING, SERIES,
      "section 五 is less than " + Thresholds.COPIED_PROBLEMS_MIN_PERCENT
          + "% identical to last year's",
      "<year>:sections.problems", null, Edition.V2019, Edition.V2021),
  /**
   * Across a series: 一、本年新收 总计, 三（七）总计 总计, 行政复议 总计 or either 行政诉讼 总计 is more than
   * {@value Thresholds#JUMP_FACTOR} times last year's, or less than a
   * {@value Thresholds#JUMP_FACTOR}th of it, when last year's is at least
   * {@value Thresholds#JUMP_MIN_PREVIOUS}.
   */
  SERIES_JUMP("SERIES-JUMP", WARNING, SERIES,
      "一、本年新收, 三（七）总计, 行政复议 and each 行政诉讼 总计 are between 1/" + Thresholds.JUMP_FACTOR
          + " and " + Thresholds.JUMP_FACTOR + " times last year's (when last year's ≥ "
          + Thresholds.JUMP_MIN_PREVIOUS + ")",
      "<year>:applications.newReceived.total, applications.outcomes.total.total, "
          + "reviewAndLitigation.<block>.total", null, Edition.V2019, Edition.V2021);

  /** The prefix of every message key; the key is the prefix and the id. */
  private static final String MESSAGE_KEY_PREFIX = "org.ogireport.rule.";

  private static final List<Rule> ALL = List.of(values());

  private final String id;
  private final Severity severity;
  private final RuleGroup group;
  private final String formula;
  private final String reportedOn;
  private final RowFormula rowFormula;
  private final Set<Edition> editions;

  Rule(String id, Severity severity, RuleGroup group, String formula, String reportedOn,
      RowFormula rowFormula, Edition first, Edition... rest) {
    this.id = id;
    this.severity = severity;
    this.group = group;
    this.formula = formula;
    this.reportedOn = reportedOn;
    this.rowFormula = rowFormula;
    this.editions = EnumSet.of(first, rest);
  }

  /**
   * The stable id; tools filter and suppress by it.
   *
   * @return the id, e.g. {@code APP-BALANCE}
   */
  public String getId() {
    return id;
  }

  /**
   * The severity of every finding of the rule.
   *
   * @return {@link Severity#ERROR} or {@link Severity#WARNING}
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The set of rules it belongs to: the form's catalogue, the heuristics or the series rules.
   *
   * @return the group
   */
  public RuleGroup getGroup() {
    return group;
  }

  /**
   * The rule in words, as in the catalogue of the README.
   *
   * @return the formula, e.g. {@code in every column, 一 + 二 = 三（七）总计 + 四}
   */
  public String getFormula() {
    return formula;
  }

  /**
   * The path pattern of the place a finding is reported on; series rules prefix the year.
   *
   * @return the pattern, e.g. {@code applications.<row>.total}
   */
  public String getReportedOn() {
    return reportedOn;
  }

  /**
   * The key of the rule's message in the bundles {@code ContributorValidationMessages}.
   *
   * @return the key, e.g. {@code org.ogireport.rule.APP-BALANCE}
   */
  public String getMessageKey() {
    return MESSAGE_KEY_PREFIX + id;
  }

  /**
   * The editions the rule applies to; for a series rule, the edition both years of a pair must
   * follow.
   *
   * @return the editions, a copy
   */
  public Set<Edition> getEditions() {
    return EnumSet.copyOf(editions);
  }

  /**
   * Whether the rule applies to reports of an edition.
   *
   * @param edition the edition, not null
   * @return whether it applies
   */
  public boolean appliesTo(Edition edition) {
    return editions.contains(Objects.requireNonNull(edition, "edition"));
  }

  /**
   * Whether the rule holds among the values of one printed row, for code that must decide
   * before a report exists, such as an importer choosing how to split a line of numbers. The
   * rules that relate the cells of one row are {@code APP-ROW-TOTAL} (rows of table 三),
   * {@code LIT-TOTAL} (blocks of table 四), {@code A20-PUBLISHED}, {@code A20-ISSUED} and
   * {@code A20-PROJECTS} (rows of table 二); every other rule, and these on rows they do not
   * concern, hold. Sums are exact whatever the values.
   *
   * <pre>{@code
   * // 自然人 商业企业 科研机构 社会公益 法律服务 其他 总计
   * Rule.APP_ROW_TOTAL.holdsInRow(ApplicationRow.NEW_RECEIVED, 12, 2, 0, 0, 1, 0, 15);   // true
   * }</pre>
   *
   * @param row the row, not null
   * @param values the row's values in the order of {@code row.getColumns()}, a blank as 0
   * @return whether the rule holds
   * @throws IllegalArgumentException when the number of values is not the row's number of
   *     columns
   */
  public boolean holdsInRow(Row<?> row, long... values) {
    Objects.requireNonNull(row, "row");
    if (values.length != row.getColumns().size()) {
      throw new IllegalArgumentException(row.getQualifiedLabel() + " has "
          + row.getColumns().size() + " columns, got " + values.length + " values");
    }
    return rowFormula == null || rowFormula.holds(row, values);
  }

  /**
   * The id.
   *
   * @return {@link #getId()}
   */
  @Override
  public String toString() {
    return id;
  }

  /**
   * The rule with a stable id.
   *
   * @param id the id, e.g. {@code LIT-TOTAL}
   * @return the rule
   * @throws IllegalArgumentException naming the id and the known ones
   */
  public static Rule ofId(String id) {
    for (Rule rule : ALL) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Rule rule : ALL) {
      known.append(known.length() == 0 ? "" : ", ").append(rule.id);
    }
    throw new IllegalArgumentException("unknown rule id '" + id + "': expected one of " + known);
  }

  /**
   * The rules of a group, in catalogue order.
   *
   * @param group the group, not null
   * @return the rules
   */
  public static List<Rule> of(RuleGroup group) {
    Objects.requireNonNull(group, "group");
    return ALL.stream().filter(r -> r.group == group).toList();
  }
}
