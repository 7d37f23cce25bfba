package org.ogireport.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.Sections;
import org.ogireport.core.analysis.ChineseNumber;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/**
 * Reads one report from its lines: the title (organ and year), the date of publication, the
 * section headings, the three narrative sections and the three tables. One instance per read.
 */
final class PublishedReader {

  static final Pattern PAGE_FOOTER = Pattern.compile(
      "\\s*(-+\\s*\\d{1,3}\\s*-+|第\\s*\\d{1,3}\\s*页(\\s*[,/]?\\s*共\\s*\\d{1,3}\\s*页)?"
          + "|\\d{1,3}\\s*/\\s*\\d{1,3})\\s*");
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(发布时间|发布日期|成文日期|日期|时间)\\s*:\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})"
          + "\\s*[-/.月]\\s*(\\d{1,2})");
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*");
  private static final Pattern CHINESE_DATE_LINE = Pattern.compile(
      "\\s*([〇零一二三四五六七八九○Ｏ]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月"
          + "\\s*([一二三四五六七八九十]{1,3})\\s*日\\s*");
  /** A line of a site's page chrome around the report. */
  static final Pattern CHROME = Pattern.compile(
      "扫一扫|打印本页|\\[打印\\]|【打印】|关闭窗口|【关闭】|分享到|上一篇|下一篇|责任编辑|相关链接"
          + "|版权所有|主办单位|承办单位|网站标识码|ICP备|浏览次数|访问次数|收藏本页|返回顶部"
          + "|字体\\s*:?\\s*[\\[【(]?\\s*大");
  private static final Pattern SIGNATURE = Pattern.compile(
      "[^。,;:!?]{2,30}(办|局|委|政府|办公室|委员会|中心|院|厅|部|处|所|站|队|会|机关|街道|镇|乡|公司|馆)");
  /** Section 五's first sub-heading, （一）主要问题, which some reports print without 五's heading. */
  private static final Pattern PROBLEMS_SUBHEADING =
      Pattern.compile("^\\((?:一|1)\\)[^,.。;:]{0,12}问题.{0,20}$");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  /** No page footer is longer. */
  private static final int MAX_FOOTER = 24;
  /** How many lines after a table heading its table's own words must appear. */
  private static final int CONTENT_WINDOW = 80;

  private final String source;
  private final Diagnostics diagnostics;
  private final Optional<AnnualReport> previous;
  private List<SourceLine> lines;
  /** Whether section 五 was found by its first sub-heading, its own heading missing. */
  private boolean problemsUnheaded;

  PublishedReader(String source, List<SourceLine> rawLines, Optional<AnnualReport> previous,
      Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    this.previous = previous;
    List<SourceLine> lines = new ArrayList<>(rawLines.size());
    // a page footer goes with the empty lines around it: a page break is no blank cell; the
    // report's title at the top of the next page is the page's running header, no row
    boolean afterFooter = false;
    boolean inBody = false;
    for (SourceLine line : rawLines) {
      if (line.folded().length() <= MAX_FOOTER && PAGE_FOOTER.matcher(line.folded()).matches()) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
          lines.remove(lines.size() - 1);
        }
        afterFooter = true;
      } else if (!(afterFooter
          && (line.isBlank() || inBody && TitleReader.isTitle(line.folded())))) {
        afterFooter = false;
        inBody |= Heading.OVERVIEW.matches(line);
        lines.add(line);
      }
    }
    this.lines = Unfolder.page(lines);
  }

  /**
   * The lines without the report's title printed again after it: a PDF's running header at
   * the top of each page, with no page footer before it to tell the page break. A line is the
   * title again when its key is the title line's, alone or with the line before or after it.
   */
  private List<SourceLine> withoutRunningHeaders(int titleAt) {
    if (titleAt < 0) {
      return lines;
    }
    String title = lines.get(titleAt).key();
    String before = titleAt > 0 ? lines.get(titleAt - 1).key() + title : title;
    String after = titleAt + 1 < lines.size() ? title + lines.get(titleAt + 1).key() : title;
    List<SourceLine> kept = new ArrayList<>(lines.subList(0, titleAt + 2 > lines.size()
        ? lines.size() : titleAt + 2));
    for (int i = kept.size(); i < lines.size(); i++) {
      String key = lines.get(i).key();
      if (!key.equals(title) && !key.equals(before) && !key.equals(after)) {
        kept.add(lines.get(i));
      }
    }
    return kept.size() == lines.size() ? lines : kept;
  }

  AnnualReport read() {
    TitleReader titles = new TitleReader(lines, diagnostics);
    TitleReader.Title title = titles.read();
    int titleAt = title == null ? -1 : title.at();
    lines = withoutRunningHeaders(titleAt);
    String organ = title == null ? titles.organWithoutTitle() : title.organ();
    int year;
    if (title == null) {
      if (organ.isEmpty()) {
        diagnostics.add(DiagnosticCode.TITLE_NOT_FOUND, Location.of(ReportField.ORGAN), 0, 0);
      }
      year = yearFromText();
    } else {
      year = title.year();
    }
    Map<Heading, Integer> headings = findHeadings(Math.max(titleAt, 0));
    int end = endOfBody(headings);

    List<SourceLine> proactive = region(headings, Heading.PROACTIVE, Heading.APPLICATIONS, end);
    List<SourceLine> applications =
        region(headings, Heading.APPLICATIONS, Heading.REVIEW, end);
    List<SourceLine> review = region(headings, Heading.REVIEW, Heading.PROBLEMS, end);
    if (applications.isEmpty()) {
      throw new ReportFormatException(source, "no table 三 (收到和处理政府信息公开申请情况) found");
    }
    Edition edition = edition(proactive, applications, year);
    if (proactive.isEmpty()) {
      diagnostics.add(DiagnosticCode.TABLE_NOT_FOUND,
          Location.of(ReportField.PROACTIVE_DISCLOSURE), 0, 0, "二");
    }
    if (review.isEmpty()) {
      diagnostics.add(DiagnosticCode.TABLE_NOT_FOUND,
          Location.of(ReportField.REVIEW_AND_LITIGATION), 0, 0, "四");
    }
    Sections sections = sections(headings, end);
    TableReaders tables = new TableReaders(diagnostics,
        Hints.of(lastYear(year), sections.getOverview().orElse("")));
    Optional<LocalDate> publishedOn = publishedOn(titleAt, headings, end);
    return AnnualReport.builder(edition)
        .organ(organ).year(year).publishedOn(publishedOn).sections(sections)
        .proactiveDisclosure(tables.proactiveDisclosure(proactive, edition))
        .applications(tables.applications(applications, edition))
        .reviewAndLitigation(tables.reviewAndLitigation(review))
        .build();
  }

  /**
   * The report of the year before, when one was given and it is of that year: the series
   * rules tie consecutive years only, so a report of another year is set aside and said so.
   */
  private Optional<AnnualReport> lastYear(int year) {
    if (previous.isPresent() && previous.get().getYear() != year - 1) {
      diagnostics.add(DiagnosticCode.PREVIOUS_NOT_LAST_YEAR, 0, previous.get().getYear(), year);
      return Optional.empty();
    }
    return previous;
  }

  // ---- year ----

  private int yearFromText() {
    for (SourceLine line : lines) {
      Matcher m = YEAR_IN_TEXT.matcher(line.folded());
      if (m.find()) {
        diagnostics.add(DiagnosticCode.YEAR_FROM_TEXT, Location.of(ReportField.YEAR), line.number(),
            0, m.group(1));
        return Integer.parseInt(m.group(1));
      }
    }
    throw new ReportFormatException(source, "no report year found: no title such as "
        + "'某某机关2022年政府信息公开工作年度报告'");
  }

  // ---- structure ----

  /**
   * The line of each heading found, in section order: with its own numeral first, then with any
   * numeral; a table heading only where its table's words follow it, and where none is found,
   * the line before the first line of the table's own words.
   */
  private Map<Heading, Integer> findHeadings(int from) {
    Map<Heading, Integer> found = new EnumMap<>(Heading.class);
    int at = from;
    for (Heading heading : Heading.values()) {
      int i = find(heading, at, true);
      if (i < 0) {
        i = find(heading, at, false);
      }
      if (i < 0 && heading.isTable()) {
        i = firstContent(heading, at) - 1;
      }
      if (i >= at - 1 && i >= 0) {
        found.put(heading, i);
        at = i + 1;
      }
    }
    if (!found.containsKey(Heading.PROBLEMS) && found.containsKey(Heading.REVIEW)) {
      int stop = found.getOrDefault(Heading.OTHER_MATTERS, lines.size());
      for (int i = found.get(Heading.REVIEW) + 1; i < stop && !problemsUnheaded; i++) {
        if (PROBLEMS_SUBHEADING.matcher(lines.get(i).key()).matches()) {
          found.put(Heading.PROBLEMS, i);
          problemsUnheaded = true;
        }
      }
    }
    return found;
  }

  private int find(Heading heading, int from, boolean ownNumeral) {
    for (int i = from; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if ((ownNumeral ? heading.matches(line) : heading.matchesLoosely(line))
          && (!heading.isTable() || followedByContent(heading, i))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the table's own words follow a heading before another heading does. */
  private boolean followedByContent(Heading heading, int at) {
    for (int i = at + 1; i < lines.size() && i <= at + CONTENT_WINDOW; i++) {
      SourceLine line = lines.get(i);
      if (heading.isTableContent(line)) {
        return true;
      }
      for (Heading other : Heading.values()) {
        if (other != heading && other.matchesLoosely(line)) {
          return false;
        }
      }
    }
    return false;
  }

  private int firstContent(Heading heading, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (heading.isTableContent(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The index after the last line of the report body: before the chrome or date after 六/五. */
  private int endOfBody(Map<Heading, Integer> headings) {
    Integer last = headings.containsKey(Heading.OTHER_MATTERS)
        ? headings.get(Heading.OTHER_MATTERS) : headings.get(Heading.PROBLEMS);
    if (last == null) {
      return lines.size();
    }
    for (int i = last + 1; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (CHROME.matcher(line.folded()).find() || isDateLine(line) != null
          || line.folded().indexOf(':') >= 0 && LABELLED_DATE.matcher(line.folded()).find()) {
        return i;
      }
    }
    return lines.size();
  }

  /** The lines between a heading and the next one found (or the end), empty when absent. */
  private List<SourceLine> region(
      Map<Heading, Integer> headings, Heading heading, Heading next, int end) {
    Integer start = headings.get(heading);
    if (start == null) {
      return List.of();
    }
    int stop = end;
    for (Heading h : Heading.values()) {
      Integer at = headings.get(h);
      if (h.ordinal() >= next.ordinal() && at != null && at > start) {
        stop = Math.min(stop, at);
      }
    }
    return lines.subList(start + 1, Math.max(start + 1, stop));
  }

  private Edition edition(List<SourceLine> proactive, List<SourceLine> applications, int year) {
    StringBuilder text = new StringBuilder();
    proactive.forEach(l -> text.append(l.key()));
    applications.forEach(l -> text.append(l.key()));
    int v2021 = count(text, "制发件数", "废止件数", "现行有效", "收费金额", "逾期不补正", "缴纳费用");
    int v2019 = count(text, "新制作数量", "新公开数量", "公开总数量", "上一年项目数量", "第(九)项",
        "政府集中采购", "采购总金额", "采购项目数量");
    if (v2021 != v2019) {
      return v2021 > v2019 ? Edition.V2021 : Edition.V2019;
    }
    Edition edition = Edition.forYear(year);
    diagnostics.add(DiagnosticCode.EDITION_FROM_YEAR, Location.of(ReportField.EDITION), 0, 0,
        edition.getCode());
    return edition;
  }

  private static int count(CharSequence text, String... signals) {
    int n = 0;
    for (String s : signals) {
      if (text.toString().contains(s)) {
        n++;
      }
    }
    return n;
  }

  // ---- sections ----

  private Sections sections(Map<Heading, Integer> headings, int end) {
    var builder = Sections.builder();
    text(region(headings, Heading.OVERVIEW, Heading.PROACTIVE, end), false)
        .ifPresent(builder::overview);
    List<SourceLine> problems = region(headings, Heading.PROBLEMS, Heading.OTHER_MATTERS, end);
    if (problemsUnheaded) {   // the region starts at the sub-heading, which is part of the text
      int from = headings.get(Heading.PROBLEMS);
      problems = lines.subList(from, from + 1 + problems.size());
    }
    text(problems, !headings.containsKey(Heading.OTHER_MATTERS)).ifPresent(builder::problems);
    text(region(headings, Heading.OTHER_MATTERS, Heading.OTHER_MATTERS, end), true)
        .ifPresent(builder::otherMatters);
    return builder.build();
  }

  /** The trimmed non-empty lines joined by newlines; a trailing signature dropped if asked. */
  private Optional<String> text(List<SourceLine> region, boolean last) {
    List<String> kept = new ArrayList<>();
    for (SourceLine line : region) {
      String t = SourceLine.trim(line.text());
      if (!t.isEmpty()) {
        kept.add(t);
      }
    }
    if (last && kept.size() > 1
        && SIGNATURE.matcher(TextNormalizer.fold(kept.get(kept.size() - 1))).matches()) {
      kept.remove(kept.size() - 1);
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", kept));
  }

  // ---- date ----

  private Optional<LocalDate> publishedOn(int titleAt, Map<Heading, Integer> headings, int end) {
    int bodyStart = headings.getOrDefault(Heading.OVERVIEW, Math.max(titleAt, 0));
    for (int i = 0; i < lines.size(); i++) {
      if (i >= bodyStart && i < end) {
        continue;
      }
      String folded = lines.get(i).folded();
      if (folded.indexOf(':') < 0) {
        continue;
      }
      Matcher m = LABELLED_DATE.matcher(folded);
      if (m.find()) {
        LocalDate date = date(m.group(2), m.group(3), m.group(4));
        if (date != null) {
          return Optional.of(date);
        }
      }
    }
    Integer six = headings.get(Heading.OTHER_MATTERS);
    if (six != null) {
      for (int i = six + 1; i < lines.size(); i++) {
        LocalDate date = isDateLine(lines.get(i));
        if (date != null) {
          return Optional.of(date);
        }
      }
    }
    return Optional.empty();
  }

  private static LocalDate isDateLine(SourceLine line) {
    Matcher m = DATE_LINE.matcher(line.folded());
    if (m.matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    Matcher c = CHINESE_DATE_LINE.matcher(line.folded());
    if (c.matches()) {
      return date(chineseDigits(c.group(1)), chineseNumber(c.group(2)), chineseNumber(c.group(3)));
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * A year written digit by digit ({@code 二〇二四}; 〇 also printed ○, Ｏ or O, 零 for 〇), each
   * digit read by {@link ChineseNumber}, which reads number words ({@code 二千零二十四}).
   */
  private static String chineseDigits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      char digit = c == '○' || c == 'Ｏ' || c == 'O' ? '〇' : c;
      sb.append(ChineseNumber.parse(String.valueOf(digit)).orElse(0));
    }
    return sb.toString();
  }

  /** A month or a day in number words ({@code 十二}, {@code 二十一}), "0" when it is none. */
  private static String chineseNumber(String s) {
    return Long.toString(ChineseNumber.parse(s).orElse(0));
  }
}
