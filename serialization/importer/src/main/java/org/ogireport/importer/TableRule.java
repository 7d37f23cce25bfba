package org.ogireport.importer;

/**
 * The rules of the catalogue (SCHEMA.md) the importer uses to take apart cells printed run
 * together, by their stable ids. The error rules tie the cells of a correct table together and
 * decide; the warning rules, the series rules (with last year's report) and the figures stated
 * in the narrative only choose among the splits the error rules leave, since real reports break
 * them more often.
 */
enum TableRule {
  /** In every row of table 三, 总计 = the six applicant columns. */
  APP_ROW_TOTAL("APP-ROW-TOTAL", true),
  /** In every column of table 三, （七）总计 = the sum of the outcome rows. */
  APP_OUTCOME_TOTAL("APP-OUTCOME-TOTAL", true),
  /** In every column of table 三, 一 + 二 = 三（七） + 四. */
  APP_BALANCE("APP-BALANCE", true),
  /** In each block of table 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
  LIT_TOTAL("LIT-TOTAL", true),
  /** Edition 2019, item （一）: 本年新公开数量 ≤ 对外公开总数量. */
  A20_PUBLISHED("A20-PUBLISHED", false),
  /** Edition 2021, item （一）: 本年制发件数 ≤ 现行有效件数 + 本年废止件数. */
  A20_ISSUED("A20-ISSUED", false),
  /** Edition 2019, items （五）（六）（八）: 上一年项目数量 + 本年增/减 ≥ 0. */
  A20_PROJECTS("A20-PROJECTS", false),
  /** Last year's 四、结转下年度继续办理 = this year's 二、上年结转. */
  SERIES_CARRY("SERIES-CARRY", false),
  /** Last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this year's 现行有效件数. */
  SERIES_IN_FORCE("SERIES-IN-FORCE", false),
  /** Last year's 上一年项目数量 + 本年增/减 = this year's 上一年项目数量. */
  SERIES_PROJECTS("SERIES-PROJECTS", false),
  /** A figure the report states in its narrative equals the cell. */
  NARRATIVE("NARRATIVE", false);

  private final String id;
  private final boolean decisive;

  TableRule(String id, boolean decisive) {
    this.id = id;
    this.decisive = decisive;
  }

  /** The rule's id in the catalogue, e.g. {@code APP-BALANCE}. */
  String id() {
    return id;
  }

  /**
   * Whether the rule decides a split on its own (an error rule of the catalogue); the others
   * only choose among the splits the decisive ones leave.
   */
  boolean isDecisive() {
    return decisive;
  }
}
