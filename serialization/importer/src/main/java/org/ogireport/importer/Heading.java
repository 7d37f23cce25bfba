package org.ogireport.importer;

import java.util.regex.Pattern;

/**
 * The six section headings of a report and the variants they are printed in (工作总体情况,
 * 存在的问题及改进情况, 因政府信息公开工作被申请行政复议和提起行政诉讼情况, …). A heading is a short
 * line that starts with the section's numeral and names the section's subject; table 三's row
 * 四、结转下年度继续办理 is no heading, since it names no review or litigation.
 */
enum Heading {
  /** 一、总体情况. */
  OVERVIEW("一", "总体情况|概述|总体"),
  /** 二、主动公开政府信息情况. */
  PROACTIVE("二", "主动公开"),
  /** 三、收到和处理政府信息公开申请情况. */
  APPLICATIONS("三", "收到和处理|申请情况|依申请"),
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  REVIEW("四", "复议|诉讼"),
  /** 五、存在的主要问题及改进情况. */
  PROBLEMS("五", "问题|改进"),
  /** 六、其他需要报告的事项. */
  OTHER_MATTERS("六", "其他需要报告|其他事项|其他需报告|其他需要说明");

  private static final int MAX_LENGTH = 50;

  private final Pattern pattern;

  Heading(String numeral, String subject) {
    this.pattern = Pattern.compile("^" + numeral + "[,.:]?[^,.。;]{0,30}?(" + subject + ").*");
  }

  /** Whether a line is this heading. */
  boolean matches(SourceLine line) {
    String key = TextNormalizer.key(line.text());
    return key.length() <= MAX_LENGTH && pattern.matcher(key).matches();
  }
}
