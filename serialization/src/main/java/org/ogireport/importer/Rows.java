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

  private Rows() {}

  /** The raw rows of a region of lines, in order. */
  static List<RawRow> of(List<SourceLine> lines) {
    List<RawRow> rows = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    int labelLine = 0;
    List<Token> values = new ArrayList<>();
    for (SourceLine line : lines) {
      LineRecord record = record(line);
      if (record == null) {
        continue;
      }
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
    if (label.length() > 0 || !values.isEmpty()) {
      rows.add(new RawRow(label.toString(), labelLine, values));
    }
    return rows;
  }

  /** What a line holds; null for an empty line or a Markdown rule. */
  static LineRecord record(SourceLine line) {
    String text = line.text();
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
      List<Field> fields = split(text, '|');
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
      while (!fields.isEmpty() && fields.get(0).text().isEmpty()) {
        fields.remove(0);
      }
      if (fields.size() > 1) {
        return separated(line.number(), fields);
      }
    }
    return plain(line.number(), text);
  }

  private record Field(String text, int column) {}

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
    List<Field> fields = new ArrayList<>(tokens);
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
