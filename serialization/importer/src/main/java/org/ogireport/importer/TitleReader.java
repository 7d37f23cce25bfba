package org.ogireport.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/**
 * Finds the report's title (report year and organ) and, where the title leaves the organ out,
 * the organ wherever else the page names it.
 *
 * <p>The title is the first short line before 一、总体情况 that names a year and the report
 * ({@code 某某机关2022年政府信息公开工作年度报告}), possibly wrapped over two lines. The organ is,
 * in order: the words before the year; the words between the year and 政府信息公开
 * ({@code 2024年上海市科委政府信息公开工作年度报告}); an organ's name on the line above; the site
 * name after the title ({@code …年度报告_某某区人民政府}). A title without an organ is completed
 * from the page, with a diagnostic saying where: a 发布机构/来源 line, the breadcrumb, the
 * opening sentence ({@code 本报告由某某编制}), or the signature after the last section. The name
 * is kept as printed (a short name such as 上海市科委, an OCR slip), completed only with the city
 * or province the opening sentence prefixes to the same name.
 */
final class TitleReader {

  static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*度?");
  private static final Pattern SUBJECT = Pattern.compile("政(府|务)(信息)?公开.*(报告|年报)");
  private static final Pattern SUBJECT_START = Pattern.compile("(政府|政务)?(信息)?公开|年度报告|年报");
  private static final Pattern REPORT_END = Pattern.compile("(报告|年报)");
  /** A name that ends the way organs' names end. */
  private static final Pattern ORGAN = Pattern.compile(
      "[\\p{IsHan}（）()]{2,40}(人民政府|政府|机关|办公室|办公厅|委员会|管委会|委|局|办|厅|部|署|院|中心|处|所"
          + "|站|队|会|街道办事处|街道|镇|乡|公司|馆|集团|实验区|新区|开发区|示范区|区|县|市|州|盟|旗)");
  /**
   * Words of a site's navigation that a crawler runs into the title when it strips the page's
   * markup ({@code 政府信息公开遂宁市安居区经济合作局2019年度…}): never the start of an organ's name.
   */
  private static final Pattern NAVIGATION = Pattern.compile(
      "^(?:首页|当前位置|您当前的位置|您的位置|位置|政府信息公开|政务公开|信息公开|公开年报|年度报告|年报"
          + "|法定主动公开内容|主动公开|工作年报|专栏|[>＞»›:：\s])+");
  /** A field of the page's chrome naming who published it. */
  private static final Pattern PUBLISHER = Pattern.compile(
      "(?:发布机构|发文机关|发布单位|信息来源|来源|公开主体|主办单位)\\s*[:：]\\s*([^\\s:：|/]{2,40}?)"
          + "(?=\\s|$|[:：|/【\\[(（]|发布|时间|日期|浏览|点击|阅读|字号|字体|作者|编辑|责任)");
  /** The opening sentence naming who compiled the report. */
  private static final Pattern COMPILED_BY = Pattern.compile("本(?:年度)?报告(?:是)?由([^，,。；;（(《]{2,40}?)"
      + "(?:根据|按照|依据|依照|编制|制作|汇总|负责)");
  private static final Pattern OFFICE_OF_GOVERNMENT = Pattern.compile("(.*人民政府)办公室");
  private static final Pattern SEPARATOR = Pattern.compile("[_｜|—–\\-]+");
  private static final Pattern BREADCRUMB = Pattern.compile("[>＞»›]");
  /** An organ name that starts at province or city level, or is a State Council body. */
  private static final Pattern QUALIFIED = Pattern.compile(
      "[\\p{IsHan}]{2,7}?(?:省|自治区|市(?!场)|自治州|州|盟|地区)|国务院|国家|中国|中华人民共和国");
  /** A city or province name just before a name: the place it belongs to. */
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("([\\p{IsHan}]{2,3}?(?:省|市|自治州|州|盟))$");
  /** How much of the opening the city or province of the organ is looked for in. */
  private static final int OPENING_CHARACTERS = 800;
  /** Characters that end the words before a place name in an opening sentence ("本报告由…"). */
  private static final String PREFIX_STOP = "由据按在是对于为和与及的向经";
  private static final int MAX_TITLE = 100;
  /** Where diagnostics about the organ point. */
  private static final Location ORGAN_FIELD = Location.of(ReportField.ORGAN);
  private static final int MAX_SECOND_LINE = 24;
  private static final int OPENING_LINES = 12;

  /**
   * A title found.
   *
   * @param at the index of its (first) line
   * @param year the report year
   * @param organ the organ, empty when none was found
   */
  record Title(int at, int year, String organ) {}

  private final List<SourceLine> lines;
  private final Diagnostics diagnostics;

  TitleReader(List<SourceLine> lines, Diagnostics diagnostics) {
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  /**
   * Whether a folded line is a whole title on one line: short, with a year and the report's
   * subject ({@code 某某机关2023年政府信息公开工作年度报告}), as a PDF prints it at the top of
   * each page.
   */
  static boolean isTitle(String folded) {
    return folded.length() <= MAX_TITLE && YEAR.matcher(folded).find()
        && SUBJECT.matcher(folded).find() && !PublishedReader.CHROME.matcher(folded).find();
  }

  /** The title, or null when there is none before 一、总体情况. */
  Title read() {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (Heading.OVERVIEW.matches(line)) {
        return null;
      }
      String f = line.folded();
      if (f.length() > MAX_TITLE || PublishedReader.CHROME.matcher(f).find()) {
        continue;
      }
      Matcher year = YEAR.matcher(f);
      if (!year.find()) {
        continue;
      }
      String text = line.text();
      if (!SUBJECT.matcher(f).find()) {
        if (i + 1 >= lines.size() || !SUBJECT_START.matcher(f.substring(year.end())).find()) {
          continue;
        }
        String next = SourceLine.trim(lines.get(i + 1).text());
        if (next.length() > MAX_SECOND_LINE
            || !SUBJECT.matcher(f + TextNormalizer.fold(next)).find()) {
          continue;
        }
        text = text + next;
      }
      return new Title(i, Integer.parseInt(year.group(1)), organ(i, text));
    }
    return null;
  }

  /**
   * The organ of a page on which no title was found, from its fields, breadcrumb, opening or
   * signature (with {@link DiagnosticCode#ORGAN_FROM_PAGE}); empty when none names it.
   */
  String organWithoutTitle() {
    if (lines.isEmpty()) {
      return "";
    }
    String organ = fromPage(0);
    return organ.isEmpty() ? "" : qualified(organ, 0);
  }

  private String organ(int at, String title) {
    String folded = TextNormalizer.fold(title);
    Matcher year = YEAR.matcher(folded);
    year.find();
    String organ = clean(title.substring(0, year.start()));
    if (organ.isEmpty()) {
      Matcher subject = SUBJECT_START.matcher(folded);
      if (subject.find(year.end()) && subject.start() - year.end() >= 2) {
        organ = clean(title.substring(year.end(), subject.start()));
      }
    }
    if (organ.isEmpty()) {
      organ = above(at);
    }
    if (organ.isEmpty()) {
      organ = siteName(title, folded);
    }
    int line = lines.get(at).number();
    if (organ.isEmpty()) {
      organ = fromPage(at);
      if (organ.isEmpty()) {
        diagnostics.add(DiagnosticCode.ORGAN_NOT_FOUND, ORGAN_FIELD, line, 0);
        return "";
      }
    }
    return qualified(organ, at);
  }

  /** An organ's name alone on one of the lines above the title. */
  private String above(int at) {
    for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
      String text = SourceLine.trim(lines.get(i).text());
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() <= 40 && !PublishedReader.CHROME.matcher(lines.get(i).folded()).find()
          && !text.matches(".*[。，,：:；;|>].*") && isOrgan(text)) {
        return clean(text);
      }
      return "";
    }
    return "";
  }

  /** The site's name after the title, as page titles print it: {@code …年度报告_某某区人民政府}. */
  private static String siteName(String title, String folded) {
    Matcher end = REPORT_END.matcher(folded);
    int last = -1;
    while (end.find()) {
      last = end.end();
    }
    if (last < 0 || last >= title.length()) {
      return "";
    }
    String[] parts = SEPARATOR.split(title.substring(last));
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = SourceLine.trim(parts[i]);
      if (isOrgan(part)) {
        return part;
      }
    }
    return "";
  }

  /** The organ named elsewhere on the page, for a title that names none; with a diagnostic. */
  private String fromPage(int at) {
    int line = lines.get(at).number();
    int body = at + OPENING_LINES;
    for (int i = at; i < lines.size(); i++) {
      if (Heading.OVERVIEW.matches(lines.get(i))) {
        body = Math.max(body, i);
        break;
      }
    }
    for (int i = 0; i < lines.size() && i < body; i++) {
      Matcher m = PUBLISHER.matcher(lines.get(i).folded());
      if (m.find() && isOrgan(m.group(1))) {
        return found(lines.get(i).text().substring(m.start(1), m.end(1)), "来源", line);
      }
    }
    for (int i = 0; i < lines.size() && i < body; i++) {
      String text = lines.get(i).text();
      if (BREADCRUMB.matcher(text).find()) {
        String[] parts = BREADCRUMB.split(text);
        for (int p = parts.length - 1; p >= 0; p--) {
          String part = SourceLine.trim(parts[p]);
          if (part.length() <= 30 && isOrgan(part)) {
            return found(part, "导航", line);
          }
        }
      }
    }
    StringBuilder opening = new StringBuilder();
    for (int i = at + 1; i < lines.size() && i <= at + OPENING_LINES; i++) {
      opening.append(SourceLine.trim(lines.get(i).text()));
    }
    Matcher compiled = COMPILED_BY.matcher(opening);
    if (compiled.find() && isOrgan(compiled.group(1))) {
      Matcher office = OFFICE_OF_GOVERNMENT.matcher(compiled.group(1));
      return found(office.matches() ? office.group(1) : compiled.group(1), "正文", line);
    }
    for (int i = lines.size() - 1; i > at && i >= lines.size() - 6; i--) {
      String text = SourceLine.trim(lines.get(i).text());
      if (text.length() <= 30 && isOrgan(text)
          && !PublishedReader.CHROME.matcher(lines.get(i).folded()).find()) {
        return found(text, "落款", line);
      }
    }
    return "";
  }

  /** Whether a printed name ends the way organs' names end (in any script). */
  static boolean isOrgan(String printed) {
    return ORGAN.matcher(TextNormalizer.fold(SourceLine.trim(printed))).matches();
  }

  private String found(String organ, String where, int line) {
    diagnostics.add(DiagnosticCode.ORGAN_FROM_PAGE, ORGAN_FIELD, line, 0, organ, where);
    return organ;
  }

  /**
   * The organ with the city or province it belongs to, when the title leaves it out but the
   * opening lines name it in full: a title "洪泽区人民政府" over "本报告由淮安市洪泽区人民政府办公室
   * 根据……" gives 淮安市洪泽区人民政府, the name the organ publishes under.
   */
  private String qualified(String organ, int at) {
    if (QUALIFIED.matcher(organ).lookingAt()) {
      return organ;
    }
    StringBuilder opening = new StringBuilder();
    for (int i = at + 1; i < lines.size() && i <= at + OPENING_LINES
        && opening.length() < OPENING_CHARACTERS; i++) {
      opening.append(SourceLine.trim(lines.get(i).text()));
    }
    for (int o = opening.indexOf(organ); o >= 0; o = opening.indexOf(organ, o + 1)) {
      Matcher m = PLACE_BEFORE.matcher(opening.substring(Math.max(0, o - 5), o));
      if (!m.find() || organ.startsWith("场") && m.group(1).endsWith("市")) {
        continue;
      }
      String prefix = m.group(1);
      while (prefix.length() > 2 && PREFIX_STOP.indexOf(prefix.charAt(0)) >= 0) {
        prefix = prefix.substring(1);
      }
      if (PREFIX_STOP.indexOf(prefix.charAt(0)) < 0) {
        diagnostics.add(DiagnosticCode.ORGAN_QUALIFIED, ORGAN_FIELD, lines.get(at).number(), 0,
            organ, prefix + organ);
        return prefix + organ;
      }
    }
    return organ;
  }

  /**
   * The printed words of a name without the chrome around them (a field name, a breadcrumb, a
   * page footer such as {@code - 1 -} that a page run together puts before the title): a name
   * starts with a Han character or an opening bracket ({@code （机关名称）}).
   */
  private static String clean(String printed) {
    String s = printed;
    int cut = Math.max(Math.max(s.lastIndexOf('>'), s.lastIndexOf('|')),
        Math.max(s.lastIndexOf('：'), s.lastIndexOf(':')));
    if (cut >= 0) {
      s = s.substring(cut + 1);
    }
    Matcher footer = PublishedReader.PAGE_FOOTER.matcher(TextNormalizer.fold(s));
    if (footer.lookingAt()) {
      s = s.substring(footer.end());
    }
    int han = 0;
    while (han < s.length() && !startsName(s.charAt(han))) {
      han++;
    }
    s = SourceLine.trim(s.substring(han));
    Matcher navigation = NAVIGATION.matcher(s);
    if (navigation.lookingAt() && navigation.end() < s.length()
        && ORGAN.matcher(s.substring(navigation.end())).matches()) {
      s = s.substring(navigation.end());
    }
    if (s.endsWith("关于")) {
      s = SourceLine.trim(s.substring(0, s.length() - 2));
    }
    return s;
  }

  private static boolean startsName(char c) {
    return c == '（' || c == '(' || Character.isHighSurrogate(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
