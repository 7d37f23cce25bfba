package org.ogireport.validation;

import static org.ogireport.validation.Severity.ERROR;
import static org.ogireport.validation.Severity.WARNING;

import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ogireport.core.Edition;
import org.ogireport.core.constraints.A20Issued;
import org.ogireport.core.constraints.A20Projects;
import org.ogireport.core.constraints.A20Published;
import org.ogireport.core.constraints.AppBalance;
import org.ogireport.core.constraints.AppOutcomeTotal;
import org.ogireport.core.constraints.AppRowTotal;
import org.ogireport.core.constraints.CellMissing;
import org.ogireport.core.constraints.CellNegative;
import org.ogireport.core.constraints.EditionYear;
import org.ogireport.core.constraints.HintSwappedColumns;
import org.ogireport.core.constraints.LitTotal;
import org.ogireport.core.constraints.NarrApplications;
import org.ogireport.core.constraints.NarrCarriedOver;
import org.ogireport.core.constraints.NarrFeesSilent;
import org.ogireport.core.constraints.NarrLitigation;
import org.ogireport.core.constraints.NarrOverviewLength;
import org.ogireport.core.constraints.NarrReview;
import org.ogireport.core.constraints.OtherHandlingShare;
import org.ogireport.core.constraints.SeriesCarry;
import org.ogireport.core.constraints.SeriesCopiedProblems;
import org.ogireport.core.constraints.SeriesInForce;
import org.ogireport.core.constraints.SeriesProjects;
import org.ogireport.core.constraints.TablesZeroText;
import org.ogireport.core.constraints.YearRange;

/**
 * The rule catalogue: every rule of one report with its stable id, severity, formula, the cell it
 * is reported on, its message key and the editions it applies to. This is the one place these
 * facts are stated; the constraint annotations of {@code org.ogireport.core.constraints} and the
 * message bundles {@code ContributorValidationMessages*.properties} follow it.
 *
 * <pre>{@code
 * Rule.ofId("LIT-TOTAL").getSeverity();        // ERROR
 * Rule.APP_BALANCE.getMessageKey();            // "org.ogireport.rule.APP-BALANCE"
 * Rule.A20_ISSUED.appliesTo(Edition.V2019);    // false
 * }</pre>
 *
 * <p>Adding a rule: a constant here, an annotation in core, a validator in
 * {@code org.ogireport.validation.internal} that reports through {@code Finding}, its line in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, and its message in the
 * three bundles.
 */
public enum Rule {
  /** In every row of table 三, 总计 = 自然人 + the five 法人或其他组织 columns. */
  APP_ROW_TOTAL("APP-ROW-TOTAL", ERROR, AppRowTotal.class,
      "in every row of table 三, 总计 = 自然人 + the five 法人或其他组织 columns",
      "applications.<row>.total", Edition.V2019, Edition.V2021),
  /** In every column of table 三, （七）总计 = the sum of every outcome row （一）…（六）. */
  APP_OUTCOME_TOTAL("APP-OUTCOME-TOTAL", ERROR, AppOutcomeTotal.class,
      "in every column, （七）总计 = the sum of every outcome row （一）…（六）",
      "applications.outcomes.total.<column>", Edition.V2019, Edition.V2021),
  /** In every column of table 三, 一 + 二 = 三（七）总计 + 四. */
  APP_BALANCE("APP-BALANCE", ERROR, AppBalance.class,
      "in every column, 一 + 二 = 三（七）总计 + 四",
      "applications.carriedForward.<column>", Edition.V2019, Edition.V2021),
  /** In each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  LIT_TOTAL("LIT-TOTAL", ERROR, LitTotal.class,
      "in each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结",
      "reviewAndLitigation.<block>.total", Edition.V2019, Edition.V2021),
  /** No count or amount is negative, except 本年增/减. */
  CELL_NEGATIVE("CELL-NEGATIVE", ERROR, CellNegative.class,
      "no count or amount is negative, except 本年增/减",
      "the cell", Edition.V2019, Edition.V2021),
  /** A cell was published without a number (blank or a marker); it counts as 0. */
  CELL_MISSING("CELL-MISSING", WARNING, CellMissing.class,
      "a cell was published without a number (blank or /)",
      "the cell", Edition.V2019, Edition.V2021),
  /** Edition 2019, item （一）: 本年新公开数量 ≤ 对外公开总数量. */
  A20_PUBLISHED("A20-PUBLISHED", WARNING, A20Published.class,
      "item （一）: 本年新公开数量 ≤ 对外公开总数量",
      "proactiveDisclosure.<row>.newlyPublished", Edition.V2019),
  /** Edition 2021, item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数. */
  A20_ISSUED("A20-ISSUED", WARNING, A20Issued.class,
      "item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数",
      "proactiveDisclosure.<row>.issued", Edition.V2021),
  /** Edition 2019, items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0. */
  A20_PROJECTS("A20-PROJECTS", WARNING, A20Projects.class,
      "items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0",
      "proactiveDisclosure.<row>.change", Edition.V2019),
  /** The edition fits the report year: 2019 for 2019–2020, 2021 from 2021. */
  EDITION_YEAR("EDITION-YEAR", WARNING, EditionYear.class,
      "the edition fits the report year (2019 for 2019–2020, 2021 from 2021)",
      "edition", Edition.V2019, Edition.V2021),
  /** The report year is 2008 or later and not after the current year. */
  YEAR_RANGE("YEAR-RANGE", ERROR, YearRange.class,
      "the report year is 2008 or later and not after the current year",
      "year", Edition.V2019, Edition.V2021),
  /**
   * 一、总体情况 states a number of applications received (受理/收到/新收…申请 N 件, or 未收到…申请
   * as 0) that is neither 一、本年新收 总计 nor 一 + 二 (some organs count carried-over ones as
   * 受理), printed or computed from the columns.
   */
  NARR_APPLICATIONS("NARR-APPLICATIONS", WARNING, NarrApplications.class,
      "一、总体情况's 本年受理/收到申请 N 件 = 一、本年新收 总计 (or 一 + 二)",
      "applications.newReceived.total", Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number carried over (上年结转 N 件) other than 二、上年结转 总计. */
  NARR_CARRIED_OVER("NARR-CARRIED-OVER", WARNING, NarrCarriedOver.class,
      "一、总体情况's 上年结转 N 件 = 二、上年结转 总计",
      "applications.carriedOver.total", Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number of reviews (行政复议 N 件) other than table 四 行政复议 总计. */
  NARR_REVIEW("NARR-REVIEW", WARNING, NarrReview.class,
      "一、总体情况's 行政复议 N 件 = table 四 行政复议 总计",
      "reviewAndLitigation.review.total", Edition.V2019, Edition.V2021),
  /** 一、总体情况 states a number of lawsuits (行政诉讼 N 件) other than both 行政诉讼 总计. */
  NARR_LITIGATION("NARR-LITIGATION", WARNING, NarrLitigation.class,
      "一、总体情况's 行政诉讼 N 件 = 未经复议直接起诉 总计 + 复议后起诉 总计",
      "reviewAndLitigation.litigationDirect.total", Edition.V2019, Edition.V2021),
  /**
   * Two applicant columns of table 三 miss APP-BALANCE by +d and −d while the 总计 column
   * balances: likely d applications counted under one column in one row and the other column in
   * another row.
   */
  HINT_SWAPPED_COLUMNS("HINT-SWAPPED-COLUMNS", WARNING, HintSwappedColumns.class,
      "exactly two applicant columns miss 一 + 二 = 三（七） + 四 by +d and −d, the 总计 column holds",
      "applications.carriedForward.<column>", Edition.V2019, Edition.V2021),
  /**
   * Edition 2021: 一、总体情况 is longer than {@value Thresholds#OVERVIEW_MAX_CHARACTERS}
   * characters (white space not counted); the official guide asks for about 1,000.
   */
  NARR_OVERVIEW_LENGTH("NARR-OVERVIEW-LENGTH", WARNING, NarrOverviewLength.class,
      "edition 2021: 一、总体情况 ≤ " + Thresholds.OVERVIEW_MAX_CHARACTERS
          + " characters (guide: about 1,000)",
      "sections.overview", Edition.V2021),
  /**
   * Edition 2021: the report has narrative sections but 六、其他需要报告的事项 is missing or never
   * mentions 信息处理费 or 收费, which the 2021 form requires it to report.
   */
  NARR_FEES_SILENT("NARR-FEES-SILENT", WARNING, NarrFeesSilent.class,
      "edition 2021: 六、其他需要报告的事项 reports the 信息处理费 collected",
      "sections.otherMatters", Edition.V2021),
  /**
   * （六）其他处理 (2019) or （六）3.其他 (2021) is at least
   * {@value Thresholds#OTHER_HANDLING_MIN_PERCENT}% of （七）总计 and at least
   * {@value Thresholds#OTHER_HANDLING_MIN_COUNT} applications.
   */
  OTHER_HANDLING_SHARE("OTHER-HANDLING-SHARE", WARNING, OtherHandlingShare.class,
      "（六）其他处理 < " + Thresholds.OTHER_HANDLING_MIN_PERCENT + "% of （七）总计 (or fewer than "
          + Thresholds.OTHER_HANDLING_MIN_COUNT + ")",
      "applications.outcomes.otherHandling[.other].total", Edition.V2019, Edition.V2021),
  /** Tables 三 and 四 hold no number but 0 while 一、总体情况 reports applications, reviews or lawsuits. */
  TABLES_ZERO_TEXT("TABLES-ZERO-TEXT", WARNING, TablesZeroText.class,
      "tables 三 and 四 are not all zero when 一、总体情况 reports applications or cases",
      "applications", Edition.V2019, Edition.V2021),
  /** Across a series: last year's 四、结转下年度继续办理 = this year's 二、上年结转, every column. */
  SERIES_CARRY("SERIES-CARRY", WARNING, SeriesCarry.class,
      "last year's 四、结转下年度继续办理 = this year's 二、上年结转 (every column)",
      "<year>:applications.carriedOver.<column>", Edition.V2019, Edition.V2021),
  /** Across a series, edition 2021 both years: last 现行有效 + 本年制发 − 本年废止 = this 现行有效. */
  SERIES_IN_FORCE("SERIES-IN-FORCE", WARNING, SeriesInForce.class,
      "edition 2021 both years: last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this "
          + "year's 现行有效件数",
      "<year>:proactiveDisclosure.<row>.inForce", Edition.V2021),
  /** Across a series, edition 2019 both years: last 上一年项目数量 + 本年增/减 = this 上一年项目数量. */
  SERIES_PROJECTS("SERIES-PROJECTS", WARNING, SeriesProjects.class,
      "edition 2019 both years: last year's 上一年项目数量 + 本年增/减 = this year's 上一年项目数量",
      "<year>:proactiveDisclosure.<row>.previousYear", Edition.V2019),
  /**
   * Across a series: section 五 is at least {@value Thresholds#COPIED_PROBLEMS_MIN_PERCENT}%
   * identical to last year's (Levenshtein similarity, white space removed, both texts at least
   * {@value Thresholds#COPIED_PROBLEMS_MIN_CHARACTERS} characters).
   */
  SERIES_COPIED_PROBLEMS("SERIES-COPIED-PROBLEMS", WARNING, SeriesCopiedProblems.class,
      "section 五 is less than " + Thresholds.COPIED_PROBLEMS_MIN_PERCENT
          + "% identical to last year's",
      "<year>:sections.problems", Edition.V2019, Edition.V2021);

  /** The prefix of every message key; the key is the prefix and the id. */
  static final String MESSAGE_KEY_PREFIX = "org.ogireport.rule.";

  private static final List<Rule> ALL = List.of(values());

  private final String id;
  private final Severity severity;
  private final Class<? extends Annotation> constraint;
  private final String formula;
  private final String reportedOn;
  private final Set<Edition> editions;

  Rule(
      String id, Severity severity, Class<? extends Annotation> constraint, String formula,
      String reportedOn, Edition first, Edition... rest) {
    this.id = id;
    this.severity = severity;
    this.constraint = constraint;
    this.formula = formula;
    this.reportedOn = reportedOn;
    this.editions = EnumSet.of(first, rest);
  }

  /** The stable id, e.g. {@code APP-BALANCE}; tools filter and suppress by it. */
  public String getId() {
    return id;
  }

  /** The severity of every violation of the rule. */
  public Severity getSeverity() {
    return severity;
  }

  /** The constraint annotation that declares the rule, e.g. {@code AppBalance.class}. */
  public Class<? extends Annotation> getConstraint() {
    return constraint;
  }

  /** The rule in words, as in the catalogue of SCHEMA.md. */
  public String getFormula() {
    return formula;
  }

  /** The path pattern of the cell a violation is reported on, e.g. {@code applications.<row>.total}. */
  public String getReportedOn() {
    return reportedOn;
  }

  /** The key of the rule's message in {@code ContributorValidationMessages}. */
  public String getMessageKey() {
    return MESSAGE_KEY_PREFIX + id;
  }

  /**
   * Whether the rule compares consecutive years of a {@code ReportSeries} (declared on it) rather
   * than one report (declared on {@code Report2019} and {@code Report2021}). For a series rule,
   * {@link #appliesTo} means: to a pair of years both of that edition.
   */
  public boolean isSeriesRule() {
    return id.startsWith("SERIES-");
  }

  /** The editions the rule applies to. */
  public Set<Edition> getEditions() {
    return EnumSet.copyOf(editions);
  }

  /** Whether the rule applies to reports of an edition. */
  public boolean appliesTo(Edition edition) {
    return editions.contains(edition);
  }

  @Override
  public String toString() {
    return id;
  }

  /**
   * The rule with a stable id.
   *
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
   * The rule a constraint annotation declares.
   *
   * @throws IllegalArgumentException when the annotation is not one of the catalogue's
   */
  public static Rule ofConstraint(Class<? extends Annotation> annotationType) {
    for (Rule rule : ALL) {
      if (rule.constraint == annotationType) {
        return rule;
      }
    }
    throw new IllegalArgumentException(annotationType.getName() + " is not a rule of the catalogue");
  }
}
