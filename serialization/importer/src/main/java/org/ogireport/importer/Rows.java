package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a table region into raw rows: a label (possibly wrapped over several
 * lines) and the values printed after it, whatever the layout: one cell per line or per
 * paragraph, tab-separated or space-separated rows, Markdown pipes, or the tab-separated grid
 * an HTML table was flattened into.
 */
final class Rows {

  /** A label with the values printed after it, before the next label. */
  record RawRow(String label, int line, List<Token> values) {

    boolean hasNumber() {
      return values.stream().anyMatch(v -> !v.isEmpty());
    }
  }

  /** What one line holds: label text (may be empty) and the values after it. */
  record LineRecord(int line, String label, List<Token> values) {}

  private static final Pattern ATTACHED_DIGITS =
      Pattern.compile("(.*[\\u3400-\\u9fff)）\"”])(\\d+)");
  private static final Pattern MARKDOWN_RULE = Pattern.compile("[\\s|:\\-]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
  /** A line break inside a Markdown table cell: {@code 一、本年新收<br>政府信息…}. */
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern UNIT = Pattern.compile("万元|元|件");

  private Rows() {}

  /**
   * The raw rows of a region of lines, in order. Where the region prints one cell per line, a
   * run of empty lines longer than the usual gap between cells stands for blank cells: one per
   * extra line when cells follow each other directly, one per extra empty paragraph when they
   * are separated by empty lines.
   */
  static List<RawRow> of(List<SourceLine> lines) {
    List<RawRow> rows = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    int labelLine = 0;
    List<Token> values = new ArrayList<>();
    int usualGap = oneCellPerLine(lines) ? usualGap(lines) : -1;
    int gap = 0;
    for (SourceLine line : lines) {
      LineRecord record = record(line);
      if (record == null) {
        gap += line.isBlank() ? 1 : 0;
        continue;
      }
      if (usualGap >= 0 && label.length() > 0) {
        addBlanks(values, gap, usualGap, line.number());
      }
      gap = 0;
      if (!record.label().isEmpty()) {
        if (!values.isEmpty()) {
          rows.add(new RawRow(label.toString(), labelLine, values));
          label.setLength(0);
          values = new ArrayList<>();
        }
        if (label.length() == 0) {
          labelLine = record.line();
        } else {
          label.append(' ');
        }
        label.append(record.label());
      }
      if (labelLine == 0) {
        labelLine = record.line();
      }
      values.addAll(record.values());
    }
    if (usualGap >= 0 && label.length() > 0 && !lines.isEmpty()) {
      addBlanks(values, gap, usualGap, lines.get(lines.size() - 1).number());
    }
    if (label.length() > 0 || !values.isEmpty()) {
      rows.add(new RawRow(label.toString(), labelLine, values));
    }
    return rows;
  }

  /** Adds the blank cells a run of {@code gap} empty lines stands for, before line {@code next}. */
  private static void addBlanks(List<Token> values, int gap, int usualGap, int next) {
    for (int i = 0; i < (gap - usualGap) / (usualGap + 1); i++) {
      values.add(Token.empty(next - gap + usualGap + i * (usualGap + 1), 1));
    }
  }

  /**
   * Whether a region prints one cell per line: nine in ten of its non-empty lines hold a label
   * or a single value, and at least four hold a value.
   */
  private static boolean oneCellPerLine(List<SourceLine> lines) {
    int single = 0;
    int nonEmpty = 0;
    int valueLines = 0;
    for (SourceLine line : lines) {
      LineRecord record = record(line);
      if (record == null || line.isBlank()) {
        continue;
      }
      nonEmpty++;
      boolean labelOnly = record.values().isEmpty();
      boolean valueOnly = record.label().isEmpty() && record.values().size() == 1;
      single += labelOnly || valueOnly ? 1 : 0;
      valueLines += valueOnly ? 1 : 0;
    }
    return valueLines >= 4 && single * 10 >= nonEmpty * 9;
  }

  /** The most frequent number of empty lines between two non-empty lines of a region. */
  private static int usualGap(List<SourceLine> lines) {
    int[] counts = new int[4];
    int gap = -1;
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        gap += gap >= 0 ? 1 : 0;
      } else {
        if (gap >= 0 && gap < counts.length) {
          counts[gap]++;
        }
        gap = 0;
      }
    }
    int usual = 0;
    for (int i = 1; i < counts.length; i++) {
      usual = counts[i] > counts[usual] ? i : usual;
    }
    return usual;
  }

  /** What a line holds; null for an empty line or a Markdown rule. */
  static LineRecord record(SourceLine line) {
    String text = withoutCovered(line.text());
    String trimmed = SourceLine.trim(text);
    if (trimmed.isEmpty()) {
      return text.indexOf('\t') >= 0
          ? new LineRecord(line.number(), "", List.of(Token.empty(line.number(), 1)))
          : null;
    }
    if (trimmed.startsWith("|") || count(trimmed, '|') >= 2) {
      if (MARKDOWN_RULE.matcher(trimmed).matches()) {
        return null;
      }
      List<Field> fields = split(LINE_BREAK_TAG.matcher(text).replaceAll(" "), '|');
      if (!fields.isEmpty() && fields.get(0).text().isEmpty() && trimmed.startsWith("|")) {
        fields.remove(0);
      }
      if (!fields.isEmpty() && fields.get(fields.size() - 1).text().isEmpty()
          && trimmed.endsWith("|")) {
        fields.remove(fields.size() - 1);
      }
      return separated(line.number(), fields);
    }
    if (text.indexOf('\t') >= 0) {
      List<Field> fields = split(text, '\t');
      boolean labelled = fields.stream()
          .anyMatch(f -> !f.text().isEmpty() && !CellText.isValue(TextNormalizer.fold(f.text())));
      boolean valueRow = !labelled && fields.stream().filter(f -> !f.text().isEmpty()).count() > 1;
      while (!valueRow && !fields.isEmpty() && fields.get(0).text().isEmpty()) {
        // indentation, or the places under a group label spanning rows; a row of several values
        // (table 四's) keeps its leading blank cells
        fields.remove(0);
      }
      if (fields.size() > 1) {
        return separated(line.number(), fields);
      }
    }
    return plain(line.number(), text);
  }

  private record Field(String text, int column) {}

  /** A grid line without the places covered by a span (each with its tab). */
  private static String withoutCovered(String text) {
    if (text.indexOf(HtmlText.COVERED.charAt(0)) < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (String field : text.split("\t", -1)) {
      if (!field.equals(HtmlText.COVERED)) {
        sb.append(field).append('\t');
      }
    }
    return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 1);
  }

  private static List<Field> split(String text, char separator) {
    List<Field> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        String raw = text.substring(start, i);
        String t = SourceLine.trim(raw);
        int lead = t.isEmpty() ? 0 : raw.indexOf(t.charAt(0));
        fields.add(new Field(t, start + lead + 1));
        start = i + 1;
      }
    }
    return fields;
  }

  private static LineRecord separated(int line, List<Field> fields) {
    int lastLabel = -1;
    for (int i = 0; i < fields.size(); i++) {
      String t = fields.get(i).text();
      if (!t.isEmpty() && !CellText.isValue(TextNormalizer.fold(t))) {
        lastLabel = i;
      }
    }
    StringBuilder label = new StringBuilder();
    List<Token> values = new ArrayList<>();
    for (int i = 0; i <= lastLabel; i++) {
      Field f = fields.get(i);
      if (f.text().isEmpty() || CellText.isValue(TextNormalizer.fold(f.text()))) {
        continue;
      }
      if (label.length() > 0) {
        label.append(' ');
      }
      if (i == lastLabel) {
        Token attached = detach(f.text(), line, f.column(), label);
        if (attached != null) {
          values.add(attached);
        }
      } else {
        label.append(f.text());
      }
    }
    for (int i = lastLabel + 1; i < fields.size(); i++) {
      Field f = fields.get(i);
      values.add(new Token(f.text(), line, f.column()));
    }
    return new LineRecord(line, label.toString(), values);
  }

  private static LineRecord plain(int line, String text) {
    List<Field> tokens = new ArrayList<>();
    Matcher m = SPACES.matcher(text);
    int start = 0;
    while (true) {
      boolean found = m.find();
      int end = found ? m.start() : text.length();
      if (end > start) {
        tokens.add(new Field(text.substring(start, end), start + 1));
      }
      if (!found) {
        break;
      }
      start = m.end();
    }
    List<Field> fields = new ArrayList<>();
    for (Field f : tokens) {
      Field previous = fields.isEmpty() ? null : fields.get(fields.size() - 1);
      String joined = previous == null ? ""
          : text.substring(previous.column() - 1, f.column() - 1 + f.text().length());
      if (previous != null && UNIT.matcher(TextNormalizer.fold(f.text())).matches()
          && CellText.isValue(TextNormalizer.fold(joined))) {
        // a unit printed apart from its number: 6.8 万元
        fields.set(fields.size() - 1, new Field(joined, previous.column()));
      } else {
        fields.add(f);
      }
    }
    int lastLabel = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (!CellText.isValue(TextNormalizer.fold(fields.get(i).text()))) {
        lastLabel = i;
      }
    }
    StringBuilder label = new StringBuilder();
    List<Token> values = new ArrayList<>();
    for (int i = 0; i <= lastLabel; i++) {
      Field f = fields.get(i);
      if (i < lastLabel) {
        label.append(f.text()).append(' ');
      } else {
        Token attached = detach(f.text(), line, f.column(), label);
        if (attached != null) {
          values.add(attached);
        }
      }
    }
    for (int i = lastLabel + 1; i < fields.size(); i++) {
      values.add(new Token(fields.get(i).text(), line, fields.get(i).column()));
    }
    return new LineRecord(line, label.toString().trim(), values);
  }

  /**
   * Appends a label field to {@code label}, splitting off digits printed against it
   * ({@code 规范性文件898989}); returns them as a token, or null.
   */
  private static Token detach(String field, int line, int column, StringBuilder label) {
    Matcher m = ATTACHED_DIGITS.matcher(TextNormalizer.fold(field));
    if (m.matches()) {
      label.append(field, 0, m.end(1));
      return new Token(field.substring(m.start(2)), line, column + m.start(2));
    }
    label.append(field);
    return null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
