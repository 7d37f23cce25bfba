package org.ogireport.core;

/** The three tables of the report (sections 二, 三, 四). */
public enum TableId {
  /** 二、主动公开政府信息情况. */
  PROACTIVE_DISCLOSURE("proactiveDisclosure", "二、", "主动公开政府信息情况"),
  /** 三、收到和处理政府信息公开申请情况. */
  APPLICATIONS("applications", "三、", "收到和处理政府信息公开申请情况"),
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  REVIEW_AND_LITIGATION("reviewAndLitigation", "四、", "政府信息公开行政复议、行政诉讼情况");

  private final String jsonName;
  private final String numbering;
  private final String heading;

  TableId(String jsonName, String numbering, String heading) {
    this.jsonName = jsonName;
    this.numbering = numbering;
    this.heading = heading;
  }

  /** {@return the JSON name of the table in the report object, e.g. {@code applications}} */
  public String getJsonName() {
    return jsonName;
  }

  /** {@return the section numbering, e.g. {@code 三、}} */
  public String getNumbering() {
    return numbering;
  }

  /** {@return the official section heading without numbering, e.g. {@code 主动公开政府信息情况}} */
  public String getHeading() {
    return heading;
  }
}
