package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tools between a published report and our input do to its text, as real copies show
 * it: each constant changes the text of a real report the way one family of copies does, and
 * leaves everything else as printed. Deterministic: the same text gives the same copy.
 */
enum CopyNoise {

  /** A byte-order mark before the text and Windows line ends, as Notepad saves a copy. */
  BOM_AND_CRLF(text -> "\uFEFF" + text.replace("\n", "\r\n")),

  /** Lone carriage returns, as old Mac tools and some PDF extractors end lines. */
  CR_LINE_ENDS(text -> text.replace("\n", "\r")),

  /** No-break spaces for spaces and tabs, as {@code &nbsp;} becomes when a page's markup goes. */
  NO_BREAK_SPACES(text -> text.replace(' ', '\u00A0').replace('\t', '\u00A0')),

  /** Ideographic spaces ({@code \u3000}) for spaces and tabs, as Word pads Chinese text. */
  IDEOGRAPHIC_SPACES(text -> text.replace(' ', '\u3000').replace('\t', '\u3000')),

  /**
   * Zero-width characters a web copy carries: a zero-width space at the end of every line and
   * before every line's text, a stray {@code \uFEFF} (a file's BOM pasted mid-text) every
   * seventh line.
   */
  ZERO_WIDTH(CopyNoise::zeroWidth),

  /** Every ASCII digit printed full-width ({@code ０１２}), as some Word templates do. */
  FULL_WIDTH_DIGITS(text -> map(text, "0123456789", "０１２３４５６７８９")),

  /** Half-width brackets and colons turned full-width, as an editor's auto-correct does. */
  FULL_WIDTH_PUNCTUATION(text -> map(text, "():,", "（）：，")),

  /** Full-width brackets and colons turned half-width, as a text-only copy does. */
  HALF_WIDTH_PUNCTUATION(text -> map(text, "（）：", "():")),

  /** Thousands separators in the table's counts of four digits or more: {@code 4,119}. */
  THOUSANDS_COMMAS(text -> thousands(text, ",")),

  /** Full-width thousands separators: {@code 4，119}. */
  THOUSANDS_FULL_WIDTH_COMMAS(text -> thousands(text, "，")),

  /**
   * pdftotext {@code -layout}: the cells of a row apart by runs of spaces (two to seven),
   * never by a tab, and the text padded the same way where it had a space.
   */
  LAYOUT_SPACES(CopyNoise::layoutSpaces),

  /**
   * PDF text with every cell of a row on its own line: {@code label n n n} becomes lines, and
   * so do the cells of a row apart by tabs (empty cells dropped, as PDF text has none).
   */
  ONE_TOKEN_PER_LINE(CopyNoise::oneTokenPerLine),

  /**
   * Page breaks every 23 lines: a page footer in one of the styles PDFs print
   * ({@code 第 3 页 共 9 页}, {@code — 3 —}, {@code 3 / 9}, {@code - 3 -}), then a blank line.
   */
  PAGE_FOOTERS(CopyNoise::pageFooters),

  /**
   * A page break inside table 三 with the table's header printed again on the new page, as Word
   * repeats a header row: a footer, then the header's lines, before the row （四）无法提供.
   */
  REPEATED_HEADER(CopyNoise::repeatedHeader),

  /**
   * PDF page breaks with a running header: every 23 lines a footer, then the report's title on
   * one line at the top of the next page, as Word prints a header on every page.
   */
  RUNNING_HEADERS(CopyNoise::runningHeaders),

  /**
   * Word's automatic numbering as PDF text gives it: enclosed numerals {@code ㈠}…{@code ㈦} for
   * {@code （一）}…{@code （七）} and {@code ⒈}…{@code ⒏} for the item numbers {@code 1.}…{@code 8.}.
   */
  ENCLOSED_NUMBERING(CopyNoise::enclosedNumbering),

  /**
   * PDF text whose font maps some characters to the Kangxi radicals ({@code ⼀} U+2F00 for
   * {@code 一}, {@code ⾏} for {@code 行}, {@code ⼈} for {@code 人}) or to the CJK radicals
   * supplement ({@code ⻓} for {@code 长}, {@code ⻔} for {@code 门}): pdftotext's well-known
   * output for many Chinese PDFs.
   */
  RADICAL_GLYPHS(CopyNoise::radicalGlyphs),

  /** The report twice, as a page that holds the text and an attachment's copy of it. */
  PASTED_TWICE(text -> text + "\n" + text);

  private final UnaryOperator<String> copy;

  CopyNoise(UnaryOperator<String> copy) {
    this.copy = copy;
  }

  /** The copy of a report's text. */
  String apply(String text) {
    return copy.apply(text);
  }

  private static String map(String text, String from, String to) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int k = from.indexOf(c);
      sb.append(k < 0 ? c : to.charAt(k));
    }
    return sb.toString();
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  private static String zeroWidth(String text) {
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String lead = line.replaceAll("^([ \\t]*).*$", "$1");
      String zw = i % 7 == 3 ? "\uFEFF" : "\u200B";
      lines.set(i, lead + zw + line.substring(lead.length()) + "\u200B");
    }
    return String.join("\n", lines);
  }

  /** A count standing alone between spaces, tabs or line ends, of four digits or more. */
  private static final Pattern LONE_COUNT = Pattern.compile("(?<=^|[ \\t])(\\d{4,})(?=$|[ \\t])",
      Pattern.MULTILINE);
  /** A line that is a table row: no text but numbers after its label, two numbers at least. */
  private static final Pattern ROW = Pattern.compile(
      "^[ \\t]*(?:[^\\d \\t][^\\t]*?[ \\t]+)?\\d+(?:\\.\\d+)?(?:[ \\t]+\\d+(?:\\.\\d+)?)*[ \\t]*$");

  private static String thousands(String text, String comma) {
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!ROW.matcher(line).matches()) {
        continue;
      }
      Matcher m = LONE_COUNT.matcher(line);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(group(m.group(1), comma)));
      }
      m.appendTail(sb);
      lines.set(i, sb.toString());
    }
    return String.join("\n", lines);
  }

  private static String group(String digits, String comma) {
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(comma).append(digits, i, i + 3);
    }
    return sb.toString();
  }

  private static String layoutSpaces(String text) {
    StringBuilder sb = new StringBuilder(text.length() * 2);
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        int j = i;
        while (j + 1 < text.length() && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
          j++;
        }
        boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
        sb.append(" ".repeat(lineStart ? 4 : 2 + n++ % 6));
        i = j;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String oneTokenPerLine(String text) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      if (line.indexOf('\t') >= 0 && TAB_ROW.matcher(line).find()) {
        for (String cell : line.split("\t")) {
          if (!cell.isBlank()) {
            out.add(cell.trim());
          }
        }
      } else if (ROW.matcher(line).matches() && line.trim().split("[ \\t]+").length > 1) {
        for (String token : line.trim().split("[ \\t]+")) {
          out.add(token);
        }
      } else {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }

  /** A tab-separated row holding a number cell. */
  private static final Pattern TAB_ROW = Pattern.compile("\t[ ]*\\d[\\d.]*[ ]*(\t|$)");

  private static String pageFooters(String text) {
    List<String> lines = lines(text);
    List<String> out = new ArrayList<>();
    int pages = lines.size() / 23 + 1;
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i));
      if (i % 23 == 22) {
        int page = i / 23 + 1;
        out.add(switch (page % 4) {
          case 0 -> "第 " + page + " 页 共 " + pages + " 页";
          case 1 -> "— " + page + " —";
          case 2 -> page + " / " + pages;
          default -> "- " + page + " -";
        });
        out.add("");
      }
    }
    return String.join("\n", out);
  }

  private static String repeatedHeader(String text) {
    List<String> lines = lines(text);
    int from = -1;
    int to = -1;
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      String key = TextNormalizer.key(lines.get(i));
      if (from < 0 && key.startsWith("申请人情况") || from < 0 && key.contains("自然人")
          && !key.contains("本年新收")) {
        from = i;
      } else if (from >= 0 && to < 0 && key.startsWith("一、本年新收")) {
        to = i;
      } else if (to >= 0 && key.startsWith("(四)无")) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return text;
    }
    List<String> out = new ArrayList<>(lines.subList(0, at));
    out.add("- 9 -");
    out.addAll(lines.subList(from, to));
    out.addAll(lines.subList(at, lines.size()));
    return String.join("\n", out);
  }

  /** The title on one line: the first line with 年度报告, after the organ's line if apart. */
  private static String title(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.contains("年度报告") && line.length() < 60) {
        return i > 0 && Character.isDigit(line.charAt(0)) ? lines.get(i - 1).trim() + line : line;
      }
    }
    return null;
  }

  private static String runningHeaders(String text) {
    List<String> lines = lines(text);
    String title = title(lines);
    if (title == null) {
      return text;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i));
      if (i % 23 == 22) {
        out.add("— " + (i / 23 + 1) + " —");
        out.add(title);
      }
    }
    return String.join("\n", out);
  }

  private static final Pattern ITEM_NUMBER = Pattern.compile("(?<=^|[ \\t])([1-8])[.．](?=\\D)",
      Pattern.MULTILINE);

  private static String enclosedNumbering(String text) {
    String s = text;
    String numerals = "一二三四五六七";
    for (int i = 0; i < numerals.length(); i++) {
      String enclosed = String.valueOf((char) (0x3220 + i));
      s = s.replace("（" + numerals.charAt(i) + "）", enclosed)
          .replace("(" + numerals.charAt(i) + ")", enclosed);
    }
    Matcher m = ITEM_NUMBER.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, String.valueOf((char) (0x2487 + Integer.parseInt(m.group(1)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Characters and the radical glyph a PDF font gives for them. */
  private static final String RADICAL_OF = radicals();

  private static String radicals() {
    StringBuilder pairs = new StringBuilder();
    for (char c = 0x2F00; c <= 0x2FD5; c++) {
      String n = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
      if (n.length() == 1) {
        pairs.append(n).append(c);
      }
    }
    // the radicals supplement: simplified forms with no compatibility mapping
    return pairs.append("长⻓门⻔见⻅风⻛页⻚马⻢车⻋贝⻉飞⻜齐⻬黄⻩龙⻰").toString();
  }

  private static String radicalGlyphs(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int k = -1;
      for (int j = 0; j < RADICAL_OF.length(); j += 2) {
        if (RADICAL_OF.charAt(j) == c) {
          k = j;
          break;
        }
      }
      sb.append(k < 0 ? c : RADICAL_OF.charAt(k + 1));
    }
    return sb.toString();
  }
}
