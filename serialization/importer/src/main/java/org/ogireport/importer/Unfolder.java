package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart text that ran the lines of a page together, as crawler archives and "copy all"
 * produce: the title, the headings, the paragraphs, the table headers, the row labels and the
 * cells of a whole report on one line ({@code …其他一、本年新收政府信息公开申请数量640020470二、…}).
 * Line breaks cannot locate anything there; the form's own labels can. The parts keep their
 * line number and the column where they start, so that diagnostics still point into the source.
 *
 * <p>Two stages: {@link #page} splits a line that holds a whole report at its title and at the
 * numbered section headings (一、总体情况 … 六、其他需要报告的事项); {@link #table} splits the lines of
 * a table's region before each of the table's labels, so that every row stands on a line of
 * its own with the digits printed after its label. Lines already laid out (one row per line, a
 * Markdown or tab-separated row) are left as they are.
 */
final class Unfolder {

  /** A line this long may hold several rows of a table. */
  private static final int LONG_ROW = 48;
  /** A line shorter than this is never a page run together. */
  private static final int PAGE_LENGTH = 200;
  /** A title at the start of a page run together: ends at 报告 or 年报. */
  private static final Pattern TITLE = Pattern.compile(
      "^\\s*[^。，,;；:：]{0,40}?(?:19|20)\\d{2}\\s*年\\s*度?[^。，,;；:：]{0,30}?(?:报告|年报)");
  /** A report's title inside running text, from its year: the subject, then 报告 or 年报. */
  private static final Pattern TITLE_INSIDE = Pattern.compile(
      "(?:19|20)\\d{2}\\s*年\\s*度?[^。，,;；:：]{0,30}?公开[^。，,;；:：]{0,20}?(?:报告|年报)");
  /** The longest organ name looked for before a title's year. */
  private static final int MAX_ORGAN = 40;
  /**
   * A numbered section heading inside running text, on the key: a numeral, words without
   * digits or list commas, the section's subject, and the words up to 情况, 事项 or 措施.
   */
  private static final Pattern HEADING;

  static {
    StringBuilder subjects = new StringBuilder();
    for (Heading h : Heading.values()) {
      subjects.append(subjects.length() == 0 ? "" : "|").append(h.subject());
    }
    HEADING = Pattern.compile("[一二三四五六]、[^\\d、。,;:()]{0,30}?(?:" + subjects
        + ")(?:[^\\d。,;:()]{0,12}?(?:情况|事项|措施))?");
  }

  private Unfolder() {}

  /** The lines with every page run together split at its title and its section headings. */
  static List<SourceLine> page(List<SourceLine> lines) {
    List<SourceLine> out = null;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      List<SourceLine> parts = line.text().length() < PAGE_LENGTH || isLaidOut(line)
          ? null : pageParts(line);
      if (parts != null && out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      if (out != null) {
        if (parts == null) {
          out.add(line);
        } else {
          out.addAll(parts);
        }
      }
    }
    return out == null ? lines : out;
  }

  /** The parts of a page run together, or null when the line is no such page. */
  private static List<SourceLine> pageParts(SourceLine line) {
    KeyedText keyed = KeyedText.of(line.folded());
    Matcher m = HEADING.matcher(keyed.key());
    List<Integer> cuts = new ArrayList<>();
    int headings = 0;
    while (m.find()) {
      headings++;
      cuts.add(keyed.origin(m.start()));
      cuts.add(keyed.originEnd(m.end()));
    }
    if (headings < 2) {
      return null;
    }
    titleCuts(line.folded(), cuts);
    return cut(line, cuts);
  }

  /**
   * Cuts the page's title out of what precedes the first heading: after the title, and before
   * it when the site's chrome or a page footer runs into it ({@code … 分享到：平潭综合实验区2019年
   * 政府信息公开工作年度报告 根据…}); the title starts at an organ's name or at its year.
   */
  private static void titleCuts(String folded, List<Integer> cuts) {
    int first = cuts.get(0);
    Matcher inside = TITLE_INSIDE.matcher(folded).region(0, first);
    while (inside.find()) {
      int start = nameStart(folded, inside.start());
      if (start >= 0) {
        cuts.add(0, inside.end());
        if (start > 0) {
          cuts.add(0, start);
        }
        return;
      }
    }
    Matcher title = TITLE.matcher(folded);
    if (title.find() && title.end() <= first) {
      cuts.add(0, title.end());
    }
  }

  /**
   * Where the title whose year starts at {@code year} starts: at the organ's name printed right
   * before the year, or at the year when no Han character precedes it; -1 when the words
   * before the year are no organ's name (prose: {@code 现将2022年…报告如下}).
   */
  private static int nameStart(String folded, int year) {
    int end = year;
    while (end > 0 && SourceLine.isSpace(folded.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < MAX_ORGAN && isNameChar(folded.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return year;
    }
    return TitleReader.isOrgan(folded.substring(start, end)) ? start : -1;
  }

  private static boolean isNameChar(char c) {
    return c == '（' || c == '）' || c == '(' || c == ')'
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * The lines of a table's region with each line that runs rows together split before each
   * label {@code finder} finds: a line holding three labels or more, or a label printed right
   * after a digit.
   */
  static List<SourceLine> table(List<SourceLine> region, LabelFinder finder) {
    List<SourceLine> out = new ArrayList<>(region.size());
    for (SourceLine line : region) {
      if (isLaidOut(line) || !mayRunTogether(line.folded())) {
        out.add(line);
        continue;
      }
      List<LabelFinder.Found> found = finder.find(line.folded());
      boolean runTogether = found.size() >= 3;
      for (LabelFinder.Found f : found) {
        runTogether |= f.start() > 0 && endsWithDigit(line.folded(), f.start());
      }
      if (!runTogether) {
        out.add(line);
        continue;
      }
      List<Integer> cuts = new ArrayList<>();
      for (LabelFinder.Found f : found) {
        cuts.add(f.start());
      }
      out.addAll(cut(line, cuts));
    }
    return out;
  }

  /**
   * Whether a line may hold rows run together: a long one, or one where digits run into the
   * words of a label (a numbering such as {@code 1.} aside).
   */
  private static boolean mayRunTogether(String folded) {
    if (folded.length() >= LONG_ROW) {
      return true;
    }
    for (int i = 1; i < folded.length(); i++) {
      if (Character.isDigit(folded.charAt(i - 1)) && folded.charAt(i) >= 0x3400) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithDigit(String folded, int at) {
    int i = at - 1;
    while (i >= 0 && SourceLine.isSpace(folded.charAt(i))) {
      i--;
    }
    return i >= 0 && Character.isDigit(folded.charAt(i));
  }

  /**
   * The longest line that can be one row of the form, Markdown or tab-separated: a row of table 三
   * with its label and seven cells is under 200 characters. A longer line is a page run together,
   * whatever tabs it keeps between cells.
   */
  private static final int LONGEST_ROW = 1_000;
  /** Fewer bars than a row of the smallest table of the form holds (table 二's, 5). */
  private static final int FEWEST_TABLE_BARS = 5;

  /**
   * Whether a line is laid out in fields already: a Markdown row or a tab-separated one. A page
   * run together onto one long line is not, though it keeps tabs between cells or its site chrome
   * separates links with a few bars ({@code 中国政府网|重庆市人民政府网登录|注册}); only a table's
   * bars make a long line Markdown.
   */
  private static boolean isLaidOut(SourceLine line) {
    String t = line.text();
    if (t.length() <= LONGEST_ROW) {
      return t.indexOf('\t') >= 0 || t.indexOf('|') >= 0;
    }
    return t.chars().filter(c -> c == '|').limit(FEWEST_TABLE_BARS).count() >= FEWEST_TABLE_BARS;
  }

  /** The line cut at the given places (in order, duplicates and ends ignored), blank parts dropped. */
  private static List<SourceLine> cut(SourceLine line, List<Integer> cuts) {
    List<SourceLine> parts = new ArrayList<>();
    int from = 0;
    for (int at : cuts) {
      if (at > from && at < line.text().length()) {
        add(parts, line.part(from, at));
        from = at;
      }
    }
    add(parts, line.part(from, line.text().length()));
    return parts;
  }

  private static void add(List<SourceLine> parts, SourceLine part) {
    if (!part.isBlank()) {
      parts.add(part);
    }
  }
}
