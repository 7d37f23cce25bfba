package org.ogireport.core;

/**
 * The group headers among the outcome rows of table 三 (三、本年度办理结果). A group header carries
 * no numbers of its own: the official form has no group subtotal rows.
 */
public enum OutcomeGroup {
  /** （三）不予公开. */
  WITHHELD("（三）", "不予公开", "outcomes.withheld"),
  /** （四）无法提供. */
  UNABLE_TO_PROVIDE("（四）", "无法提供", "outcomes.unableToProvide"),
  /** （五）不予处理. */
  NOT_PROCESSED("（五）", "不予处理", "outcomes.notProcessed"),
  /** （六）其他处理: a group of three rows in the 2021 edition, a single data row in 2019. */
  OTHER_HANDLING("（六）", "其他处理", "outcomes.otherHandling");

  /** The header of all outcome rows: {@code 三、本年度办理结果}. */
  public static final String OUTCOMES_LABEL = "本年度办理结果";

  private final String numbering;
  private final String label;
  private final String jsonPath;

  OutcomeGroup(String numbering, String label, String jsonPath) {
    this.numbering = numbering;
    this.label = label;
    this.jsonPath = jsonPath;
  }

  /** {@return the official numbering, e.g. {@code （三）}} */
  public String getNumbering() {
    return numbering;
  }

  /** {@return the official label, e.g. {@code 不予公开}} */
  public String getLabel() {
    return label;
  }

  /** {@return the JSON path of the group object under {@code applications}, e.g. {@code outcomes.withheld}} */
  public String getJsonPath() {
    return jsonPath;
  }
}
