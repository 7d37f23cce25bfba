package org.ogireport.core;

/** The three narrative sections of the report (一, 五, 六). */
public enum SectionId {
  /** 一、总体情况. */
  OVERVIEW("overview", "一、", "总体情况"),
  /** 五、存在的主要问题及改进情况. */
  PROBLEMS("problems", "五、", "存在的主要问题及改进情况"),
  /** 六、其他需要报告的事项. */
  OTHER_MATTERS("otherMatters", "六、", "其他需要报告的事项");

  private final String jsonName;
  private final String numbering;
  private final String heading;

  SectionId(String jsonName, String numbering, String heading) {
    this.jsonName = jsonName;
    this.numbering = numbering;
    this.heading = heading;
  }

  /** {@return the JSON name under {@code sections}, e.g. {@code overview}} */
  public String getJsonName() {
    return jsonName;
  }

  /** {@return the section numbering, e.g. {@code 五、}} */
  public String getNumbering() {
    return numbering;
  }

  /** {@return the official heading without numbering, e.g. {@code 总体情况}} */
  public String getHeading() {
    return heading;
  }
}
