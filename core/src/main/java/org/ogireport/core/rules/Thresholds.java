package org.ogireport.core.rules;

/**
 * The thresholds of the soft rules, stated once. None is official; each is chosen so that the
 * warning marks what an evaluator would look at, not ordinary variation.
 */
public final class Thresholds {

  private Thresholds() {}

  /**
   * {@code NARR-OVERVIEW-LENGTH}: the most characters of 一、总体情况 (white space not counted)
   * before a warning. The 2021 guide says "in principle no more than 1,000 characters"; half as
   * much again leaves room for headings, numbers and the "in principle", so only texts far over
   * the guide are flagged.
   */
  public static final int OVERVIEW_MAX_CHARACTERS = 1500;

  /**
   * {@code OTHER-HANDLING-SHARE}: the share of （七）总计, in percent, from which （六）其他处理 is a
   * "large" share. The 2019 notice calls 其他处理 a transitional, rare outcome that competent
   * departments should investigate when frequent; one application in ten is far from rare.
   */
  public static final int OTHER_HANDLING_MIN_PERCENT = 10;

  /**
   * {@code OTHER-HANDLING-SHARE}: the fewest 其他处理 applications that can be "a large share":
   * 1 of 3 is a third, but no pattern.
   */
  public static final int OTHER_HANDLING_MIN_COUNT = 5;

  /**
   * {@code SERIES-COPIED-PROBLEMS}: the similarity, in percent, from which section 五 counts as
   * copied from last year's. Evaluators have found reports about 90% identical year on year; the
   * official notices forbid year-after-year identical text.
   */
  public static final int COPIED_PROBLEMS_MIN_PERCENT = 90;

  /**
   * {@code SERIES-COPIED-PROBLEMS}: the shortest section 五 (white space not counted) compared; a
   * one-line "无。" repeated is not a copied analysis.
   */
  public static final int COPIED_PROBLEMS_MIN_CHARACTERS = 50;

  /**
   * {@code NARR-PROBLEMS-EMPTY}: the fewest characters (white space not counted) section 五
   * (存在的主要问题及改进情况) should have. Both forms ask for the problems found and how the
   * organ will improve; "无。", "暂无。" or "详见附件" say neither.
   */
  public static final int PROBLEMS_MIN_CHARACTERS = 10;

  /**
   * {@code SERIES-JUMP}: the factor from which a total's change from one year to the next is a
   * jump: more than this many times last year's, or less than one this-many-th of it. Counts of
   * applications and cases do move, by half or double; five times in either direction is more
   * often a misplaced digit, a unit or another organ's table.
   */
  public static final int JUMP_FACTOR = 5;

  /**
   * {@code SERIES-JUMP}: the smallest last-year total compared: from 2 to 11 is a jump in
   * numbers, not in the work.
   */
  public static final int JUMP_MIN_PREVIOUS = 10;
}
