package org.ogireport.importer;

import java.util.regex.Pattern;

/**
 * The six section headings of a report and the variants they are printed in (工作总体情况,
 * 存在的问题及改进情况, 因政府信息公开工作被申请行政复议和提起行政诉讼情况, …). A heading is a short
 * line that starts with the section's numeral and names the section's subject; table 三's row
 * 四、结转下年度继续办理 is no heading, since it names no review or litigation.
 *
 * <p>Some reports number their sections otherwise (the tables as 一、二、三 after narrative
 * sections of their own, or 表三：): a heading may then be matched {@link #matchesLoosely
 * loosely}, with any numeral or none, and the three table headings only where their table's own
 * words follow ({@link #isTableContent}).
 */
enum Heading {
  /** 一、总体情况. */
  OVERVIEW("一", "总体情况|概述|总体", ""),
  /** 二、主动公开政府信息情况. */
  PROACTIVE("二", "主动公开", "第二十条|信息内容|制发件数|新制作数量|上一年项目数量|处理决定数量"),
  /** 三、收到和处理政府信息公开申请情况. */
  APPLICATIONS("三", "收到和处理|申请情况|依申请", "本年新收|勾稽关系|申请人情况|上年结转政府信息公开申请数量"),
  /** 四、政府信息公开行政复议、行政诉讼情况. */
  REVIEW("四", "复议|诉讼", "结果维持|结果纠正|复议后起诉|未经复议"),
  /** 五、存在的主要问题及改进情况. */
  PROBLEMS("五", "问题|改进", ""),
  /** 六、其他需要报告的事项. */
  OTHER_MATTERS("六", "其他需要报告|其他事项|其他需报告|其他需要说明", "");

  private static final int MAX_LENGTH = 50;
  private static final String ANY_NUMBER = "(?:[一二三四五六七八九十]{1,2}[,.:、]?|表[一二三四]:?)";

  private final String subject;
  private final char numeral;
  private final String[] words;
  private final Pattern pattern;
  private final Pattern loose;
  private final Pattern content;

  Heading(String numeral, String subject, String content) {
    this.subject = subject;
    this.numeral = numeral.charAt(0);
    this.words = subject.split("\\|");
    this.pattern = Pattern.compile("^" + numeral + "[,.:]?[^,.。;]{0,30}?(" + subject + ").*");
    this.loose = Pattern.compile("^" + ANY_NUMBER + (content.isEmpty() ? "" : "?")
        + "[^,.。;\\d]{0,30}?(" + subject + ").*");
    this.content = content.isEmpty() ? null : Pattern.compile(content);
  }

  /** The words that name the section's subject, as a regular expression alternation. */
  String subject() {
    return subject;
  }

  /** Whether the heading heads one of the three tables. */
  boolean isTable() {
    return content != null;
  }

  /** Whether a line is this heading, with its own numeral. */
  boolean matches(SourceLine line) {
    String key = line.key();
    return key.length() <= MAX_LENGTH && !key.isEmpty() && key.charAt(0) == numeral
        && names(key) && pattern.matcher(key).matches();
  }

  /** Whether a key names the section's subject (a quick test before the pattern). */
  private boolean names(String key) {
    for (String word : words) {
      if (key.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line is this heading with any numeral; a table heading also without one
   * ({@code 表三：收到和处理政府信息公开申请情况}, {@code 主动公开政府信息情况}).
   */
  boolean matchesLoosely(SourceLine line) {
    String key = line.key();
    return key.length() <= MAX_LENGTH && names(key) && loose.matcher(key).matches();
  }

  /** Whether a line holds words only this heading's table prints (its captions, header, rows). */
  boolean isTableContent(SourceLine line) {
    return content != null && content.matcher(line.key()).find();
  }
}
