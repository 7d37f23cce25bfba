package org.ogireport.importer;

/**
 * The catalogue of import diagnostics: a stable code, its severity, and its message in Chinese
 * and English. Messages are {@link String#format} templates filled with the diagnostic's
 * arguments.
 *
 * <p>Codes are stable: tools filter by them.
 */
public enum DiagnosticCode {
  /** The title (organ and year) was not found; the organ is left empty. */
  TITLE_NOT_FOUND(Severity.ERROR,
      "未找到报告标题（机关名称和年度）", "no report title (organ and year) found"),
  /** A title with the report year, but no organ before it nor on the lines above it. */
  ORGAN_NOT_FOUND(Severity.ERROR,
      "报告标题中未找到机关名称", "no organ found in the report title"),
  /** No title names the organ; it was taken from elsewhere on the page. */
  ORGAN_FROM_PAGE(Severity.WARNING,
      "报告标题未写机关名称，取自页面（%2$s）：%1$s",
      "no report title names the organ: '%s' taken from the page (%s)"),
  /** The title named the organ without its city or province, which the report's text gives. */
  ORGAN_QUALIFIED(Severity.INFO,
      "标题中的机关名称“%s”按正文补全为“%s”", "organ '%s' in the title completed from the text as '%s'"),
  /** The report year came from the body text, not from the title. */
  YEAR_FROM_TEXT(Severity.WARNING,
      "报告年度取自正文：%s", "report year taken from the body text: %s"),
  /** The table shape did not tell the edition; it was taken from the report year. */
  EDITION_FROM_YEAR(Severity.WARNING,
      "表格未能判定格式版本，按报告年度取 %s 版", "the tables do not tell the edition; %s taken from the report year"),
  /** A table was not found; its cells are blank. */
  TABLE_NOT_FOUND(Severity.ERROR,
      "未找到表%s，其单元格均留空", "table %s not found: its cells are left blank"),
  /** A row of the form was not found; its cells are blank. */
  MISSING_ROW(Severity.WARNING,
      "未找到行“%s”，其单元格留空", "row '%s' not found: its cells are left blank"),
  /**
   * A row printed fewer cells than the form has; the missing ones are blank. The rules of the
   * form confirm the values in the first cells (or the row prints none).
   */
  MISSING_CELLS(Severity.WARNING,
      "行“%s”应有 %d 个单元格，只读到 %d 个，其余留空",
      "row '%s' should have %d cells, %d read: the others are left blank"),
  /**
   * A row printed fewer values than the form has cells, and no rule of the form confirms the
   * values standing in its first cells (a blank cell lost in the middle would shift them): the
   * row's cells are blank.
   */
  CELLS_NOT_PLACED(Severity.ERROR,
      "行“%s”应有 %d 个单元格，只印有 %d 个：表内关系无法确认各数值所在的单元格，该行留空",
      "row '%s' should have %d cells but prints %d: no rule of the form confirms which cells they "
          + "stand in, so the row's cells are left blank"),
  /** A row printed more numbers than the form has cells; the extra ones are ignored. */
  EXTRA_NUMBER(Severity.WARNING,
      "行“%s”应有 %d 个单元格，却印有 %d 个，多余的“%s”未读取",
      "row '%s' has %d cells but prints %d values: extra '%s' ignored"),
  /** A row was printed twice; the first one was kept. */
  DUPLICATE_ROW(Severity.WARNING,
      "行“%s”重复出现，保留第一次的数值", "row '%s' printed twice: the first one is kept"),
  /** Numbers under a label that matches no row of the form; they were not read. */
  UNKNOWN_ROW(Severity.WARNING,
      "“%s”不是表中的行，其数值未读取", "'%s' is no row of the form: its numbers are not read"),
  /** A label was recognised approximately. */
  LABEL_FUZZY_MATCH(Severity.INFO,
      "“%s”按近似匹配读作“%s”", "'%s' read as '%s' (approximate match)"),
  /** A 2021-form report printed one （六）其他处理 row. */
  SINGLE_OTHER_HANDLING_ROW(Severity.WARNING,
      "2021 版表格只印了一行“（六）其他处理”：读入“3.其他”，“1.”“2.”两行留空",
      "the 2021 form prints a single （六）其他处理 row: read into 3.其他, rows 1. and 2. left blank"),
  /** A 法人或其他组织 subtotal column was recognised and skipped. */
  SUBTOTAL_COLUMN(Severity.INFO,
      "识别出“法人或其他组织”小计列，已跳过", "a 法人或其他组织 subtotal column was recognised and skipped"),
  /** A subtotal column whose place nothing tells; the cells it could shift are left blank. */
  SUBTOTAL_COLUMN_UNPLACED(Severity.ERROR,
      "识别出“法人或其他组织”小计列，但无法判断其位置：可能错位的单元格留空",
      "a 法人或其他组织 subtotal column was recognised but not where it stands: the cells it "
          + "could shift are left blank"),
  /** A subtotal (column or group row) is not the sum of its parts. */
  SUBTOTAL_MISMATCH(Severity.WARNING,
      "“%s”的小计 %d 不等于各项之和 %d", "the subtotal of '%s' is %d, its parts add up to %d"),
  /** A group subtotal row was recognised and checked. */
  GROUP_SUBTOTAL_ROW(Severity.INFO,
      "识别出分组小计行“%s”，已核对", "group subtotal row '%s' recognised and checked"),
  /** Cells printed run together were split in the only way their digits allow. */
  RUN_TOGETHER_ONE_SPLIT(Severity.WARNING,
      "行“%1$s”的数字“%2$s”连在一起，不以 0 开头的拆分只有一种：%3$s",
      "row '%1$s' prints its cells run together as '%2$s': its digits split into numbers "
          + "without leading zeros only one way, %3$s"),
  /** Cells printed run together were split in the only way the form's rules allow. */
  RUN_TOGETHER_RECOVERED(Severity.WARNING,
      "行“%1$s”的数字“%2$s”连在一起，按表内关系（%4$s）唯一拆分为 %3$s",
      "row '%1$s' prints its cells run together as '%2$s': the only split the rules (%4$s) allow is %3$s"),
  /** Cells printed run together can be split in several ways; the undecided ones are blank. */
  RUN_TOGETHER_AMBIGUOUS(Severity.ERROR,
      "行“%s”的数字“%s”连在一起，有 %d 种符合表内关系的拆分（%s），无法确定的单元格留空",
      "row '%s' prints its cells run together as '%s': %d splits fit the form's rules (%s); "
          + "the cells they do not agree on are left blank"),
  /** No split of the run-together cells fits every rule; one rule instance was relaxed. */
  RULE_RELAXED(Severity.WARNING,
      "连在一起的数字没有一种拆分满足全部表内关系；放宽“%s”后只有一种拆分，报告本身不满足该关系",
      "no split of the cells printed run together fits every rule; with '%s' relaxed one split "
          + "fits the others: the report breaks that rule"),
  /** Numbers printed alone beside a table of rows, belonging to no row. */
  STRAY_VALUES(Severity.WARNING,
      "“%s”单独成行，不属于表中任何一行，未读取",
      "'%s' stands alone beside the table's rows and belongs to none: not read"),
  /** A row printed without its label was placed by the form's row order. */
  ROW_BY_POSITION(Severity.WARNING,
      "一行数字未印标签，按表格行序读作“%s”",
      "a row of numbers printed without its label is read as '%s' by the form's row order"),
  /** Rows printed without labels do not fit the rows missing between their neighbours. */
  ROWS_NOT_PLACED(Severity.ERROR,
      "%d 行数字未印标签，位于“%s”与“%s”之间，而其间缺 %d 行：未读取",
      "%d rows of numbers printed without labels stand between '%s' and '%s', where %d rows are "
          + "missing: not read"),
  /** Rows placed by position break the table's rules; they are left blank. */
  POSITION_UNCONFIRMED(Severity.ERROR,
      "按行序读作“%s”的一行与表内关系不符，单元格留空",
      "the row read as '%s' by position does not fit the table's rules: its cells are left blank"),
  /** The report given as last year's is of another year; the series rules were not used. */
  PREVIOUS_NOT_LAST_YEAR(Severity.WARNING,
      "作为上一年度给出的报告是 %d 年度的，本报告为 %d 年度：未用于核对跨年关系",
      "the report given as last year's is for %d, this report for %d: the series rules were "
          + "not used"),
  /** A money cell printed no unit. */
  UNIT_UNKNOWN(Severity.WARNING,
      "“%s”未注明单位（元或万元），单位记为未知", "'%s' prints no unit (元 or 万元): unit recorded as unknown"),
  /** A cell printed a unit other than the form's. */
  UNIT_NOT_FORM(Severity.WARNING,
      "“%s”的单位不是表格规定的%s，按原样保留", "'%s' is not in the form's unit %s: kept as printed"),
  /** A cell that should hold a whole number printed something else; it is blank. */
  NOT_A_NUMBER(Severity.ERROR,
      "“%s”不是整数，单元格留空", "'%s' is not a whole number: cell left blank"),
  /** Traditional characters were folded to simplified ones for matching. */
  TRADITIONAL_CHARACTERS(Severity.INFO,
      "文本含繁体字，按简体匹配标签", "the text is in traditional characters: labels matched in simplified form"),
  /** Pinyin injected after characters was removed. */
  PINYIN_REMOVED(Severity.INFO,
      "删除了字后插入的拼音", "pinyin inserted after characters was removed");

  private final Severity severity;
  private final String chinese;
  private final String english;

  DiagnosticCode(Severity severity, String chinese, String english) {
    this.severity = severity;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The severity of every diagnostic with this code.
   *
   * @return the severity, never null
   */
  public Severity getSeverity() {
    return severity;
  }

  /** The message template in Chinese. */
  String getChinese() {
    return chinese;
  }

  /** The message template in English. */
  String getEnglish() {
    return english;
  }
}
