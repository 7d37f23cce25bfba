package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogireport.core.diagnostic.Location;

/**
 * Turns the lines of a table region into raw rows: a label (possibly wrapped over several
 * lines) and the values printed after it, whatever the layout: one cell per line or per
 * paragraph, tab-separated or space-separated rows, Markdown pipes, or the tab-separated grid
 * an HTML table was flattened into.
 *
 * <p>In a grid printed as text (Markdown or tab-separated rows of one width), a label spanning
 * columns pads its row with empty fields that are no cells: the columns that hold values in the
 * grid's rows tell the cells from the padding. A Markdown row that prints values and no label
 * (a PDF conversion that detached the labels) is a row of its own, placed later by its position
 * among the labelled rows; a line of values alone beside such rows is stray and not read.
 */
final class Rows {

  /**
   * A label with the values printed after it, before the next label.
   *
   * @param label the label as printed, empty for a row of values alone
   * @param line the line of the label (or of the first value)
   * @param values the values, empty tokens for blank cells
   * @param positional whether the row is a Markdown row of values with no label, to be placed
   *     by its position
   */
  record RawRow(String label, int line, List<Token> values, boolean positional) {

    RawRow(String label, int line, List<Token> values) {
      this(label, line, values, false);
    }

    boolean hasNumber() {
      return values.stream().anyMatch(v -> !v.isEmpty());
    }
  }

  /**
   * What one line holds: label text (may be empty) and the values after it.
   *
   * @param fields the fields of a Markdown or tab-separated row, null for plain text
   */
  record LineRecord(int line, String label, List<Token> values, List<Field> fields) {

    LineRecord(int line, String label, List<Token> values) {
      this(line, label, values, null);
    }

    /** Whether the line is a Markdown or tab-separated row of fields. */
    boolean grid() {
      return fields != null;
    }
  }

  private static final Pattern MARKDOWN_RULE = Pattern.compile("[\\s|:\\-]+");
  /** A line break inside a Markdown table cell: {@code 一、本年新收<br>政府信息…}. */
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern UNIT = Pattern.compile("万元|元|件");
  /** The text of a Markdown place covered by the cell above (a rowspan), as multimd writes it. */
  static final String COVERED_FROM_ABOVE = "^^";

  private Rows() {}

  /**
   * The raw rows of a region of lines, in order. Where the region prints one cell per line, a
   * run of empty lines longer than the usual gap between cells stands for blank cells: one per
   * extra line when cells follow each other directly, one per extra empty paragraph when they
   * are separated by empty lines.
   */
  static List<RawRow> of(List<SourceLine> lines) {
    return of(lines, new Diagnostics());
  }

  /** As {@link #of(List)}, reporting stray values in {@code diagnostics}. */
  static List<RawRow> of(List<SourceLine> lines, Diagnostics diagnostics) {
    List<LineRecord> records = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      records.add(record(line));
    }
    GridColumns.apply(records);
    boolean markdown = markdownRows(lines) >= 3;
    List<RawRow> rows = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    int labelLine = 0;
    List<Token> values = new ArrayList<>();
    int usualGap = oneCellPerLine(records, lines) ? usualGap(lines) : -1;
    int gap = 0;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      LineRecord record = records.get(i);
      if (record == null) {
        gap += line.isBlank() ? 1 : 0;
        continue;
      }
      if (usualGap >= 0 && label.length() > 0) {
        addBlanks(values, gap, usualGap, line.number());
      }
      gap = 0;
      boolean valuesOnly = record.label().isEmpty() && !record.values().isEmpty();
      if (markdown && valuesOnly && isPipeRow(line)) {
        if (!values.isEmpty() || label.length() > 0) {
          rows.add(new RawRow(label.toString(), labelLine, values));
          label.setLength(0);
          values = new ArrayList<>();
          labelLine = 0;
        }
        rows.add(new RawRow("", record.line(), record.values(), true));
        continue;
      }
      if (markdown && valuesOnly && !record.grid()) {
        Token first = record.values().get(0);
        diagnostics.add(DiagnosticCode.STRAY_VALUES, Location.report(), first.line(), first.column(),
            SourceLine.trim(line.text()));
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
    if (usualGap >= 0 && label.length() > 0 && !lines.isEmpty()) {
      addBlanks(values, gap, usualGap, lines.get(lines.size() - 1).number());
    }
    if (label.length() > 0 || !values.isEmpty()) {
      rows.add(new RawRow(label.toString(), labelLine, values));
    }
    return rows;
  }

  private static boolean isPipeRow(SourceLine line) {
    return isPipeText(line.text());
  }

  /** The number of Markdown rows that print values. */
  private static int markdownRows(List<SourceLine> lines) {
    int n = 0;
    for (SourceLine line : lines) {
      if (isPipeRow(line) && hasDigit(line.folded())
          && !MARKDOWN_RULE.matcher(SourceLine.trim(line.text())).matches()) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
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
  private static boolean oneCellPerLine(List<LineRecord> records, List<SourceLine> lines) {
    int single = 0;
    int nonEmpty = 0;
    int valueLines = 0;
    for (int i = 0; i < records.size(); i++) {
      LineRecord record = records.get(i);
      if (record == null || lines.get(i).isBlank()) {
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
    if (isBlankText(text)) {
      return text.indexOf('\t') >= 0
          ? new LineRecord(line.number(), "", List.of(Token.empty(line.number(), 1)),
              List.of(new Field("", 1)))
          : null;
    }
    if (isPipeText(text)) {
      String trimmed = SourceLine.trim(text);
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
      return fields.isEmpty() ? null : separated(line, fields, fields);
    }
    if (text.indexOf('\t') >= 0) {
      List<Field> raw = split(line.text(), '\t');
      List<Field> fields = split(text, '\t');
      boolean labelled = false;
      int values = 0;
      for (Field f : fields) {
        if (!f.text().isEmpty()) {
          boolean value = PrintedValue.isValue(TextNormalizer.fold(f.text()));
          labelled |= !value;
          values += value ? 1 : 0;
        }
      }
      boolean valueRow = !labelled && values > 1;
      int first = 0;
      while (!valueRow && first < fields.size() && fields.get(first).text().isEmpty()) {
        // indentation, or the places under a group label spanning rows; a row of several values
        // (table 四's) keeps its leading blank cells
        first++;
      }
      if (fields.size() - first > 1) {
        return separated(line, fields.subList(first, fields.size()), raw);
      }
    }
    return plain(line, text);
  }

  /** Whether a text holds nothing but spaces (a tab counts as a space here). */
  private static boolean isBlankText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!SourceLine.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text is a Markdown row: it starts with a pipe, or holds two or more. */
  private static boolean isPipeText(String text) {
    int pipes = 0;
    boolean leading = true;
    for (int i = 0; i < text.length() && pipes < 2; i++) {
      char c = text.charAt(i);
      if (c == '|') {
        if (leading) {
          return true;
        }
        pipes++;
      } else if (leading && !SourceLine.isSpace(c)) {
        leading = false;
      }
    }
    return pipes >= 2;
  }

  /**
   * One field of a row: its trimmed text, its 1-based column in the line's text, and whether it
   * is a place covered by a span ({@code ^^} under a rowspan, nothing at all between two pipes
   * after a colspan, as MultiMarkdown writes them).
   */
  record Field(String text, int column, boolean covered) {

    Field(String text, int column) {
      this(text, column, false);
    }
  }

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
        boolean covered = separator == '|' && (raw.isEmpty() || t.equals(COVERED_FROM_ABOVE));
        fields.add(new Field(covered ? "" : t, start + lead + 1, covered));
        start = i + 1;
      }
    }
    return fields;
  }

  static boolean isLabelField(Field f) {
    return !f.text().isEmpty() && !PrintedValue.isValue(TextNormalizer.fold(f.text()));
  }

  static boolean isValueField(Field f) {
    return !f.text().isEmpty() && PrintedValue.isValue(TextNormalizer.fold(f.text()));
  }

  /**
   * A row of fields as label and values: the values are the fields after the last label field,
   * the places covered by a span left out.
   */
  static LineRecord separated(SourceLine line, List<Field> fields, List<Field> raw) {
    int lastLabel = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (isLabelField(fields.get(i))) {
        lastLabel = i;
      }
    }
    StringBuilder label = new StringBuilder();
    List<Token> values = new ArrayList<>();
    for (int i = 0; i <= lastLabel; i++) {
      Field f = fields.get(i);
      if (!isLabelField(f)) {
        continue;
      }
      if (label.length() > 0) {
        label.append(' ');
      }
      label.append(f.text());
    }
    for (int i = lastLabel + 1; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (!f.covered()) {
        values.add(new Token(f.text(), line.number(), line.column(f.column())));
      }
    }
    return new LineRecord(line.number(), label.toString(), values, raw);
  }

  private static LineRecord plain(SourceLine line, String text) {
    String folded = line.folded();
    List<Field> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || SourceLine.isSpace(text.charAt(i));
      if (space && start >= 0) {
        tokens.add(new Field(text.substring(start, i), start + 1));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    List<Field> fields = new ArrayList<>();
    for (Field f : tokens) {
      Field previous = fields.isEmpty() ? null : fields.get(fields.size() - 1);
      if (previous != null && f.text().length() <= 2 && UNIT.matcher(foldedOf(folded, f)).matches()
          && PrintedValue.isValue(folded.substring(previous.column() - 1,
              f.column() - 1 + f.text().length()))) {
        // a unit printed apart from its number: 6.8 万元
        fields.set(fields.size() - 1, new Field(
            text.substring(previous.column() - 1, f.column() - 1 + f.text().length()),
            previous.column()));
      } else {
        fields.add(f);
      }
    }
    int lastLabel = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (!PrintedValue.isValue(foldedOf(folded, fields.get(i)))) {
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
        detach(f.text(), foldedOf(folded, f), line, f.column(), label, values);
      }
    }
    for (int i = lastLabel + 1; i < fields.size(); i++) {
      values.add(new Token(fields.get(i).text(), line.number(),
          line.column(fields.get(i).column()), line.unfolded()));
    }
    return new LineRecord(line.number(), label.toString().trim(), values);
  }

  /** The folded text of a field of a line (folding keeps positions). */
  private static String foldedOf(String folded, Field f) {
    return folded.substring(f.column() - 1, f.column() - 1 + f.text().length());
  }

  /**
   * Appends a label field to {@code label}, splitting off the values printed against it
   * ({@code 规范性文件898989}, {@code 行政许可100-18153}, {@code 采购13575394432.52元}) into
   * {@code values} as one run for the cells to be taken apart from: the longest end of the field
   * made of digits, signs, markers, a decimal point and a unit, after a character that ends a
   * label (a Chinese character, a closing bracket or quote).
   */
  private static void detach(String field, String folded, SourceLine line, int column,
      StringBuilder label, List<Token> values) {
    int end = folded.length();
    if (folded.endsWith("万元")) {
      end -= 2;
    } else if (folded.endsWith("元")) {
      end -= 1;
    }
    int at = end;
    boolean digit = false;
    while (at > 0 && ATTACHED.indexOf(folded.charAt(at - 1)) >= 0) {
      at--;
      digit |= Character.isDigit(folded.charAt(at));
    }
    while (at < end && (folded.charAt(at) == '.' || folded.charAt(at) == ',')) {
      at++;
    }
    boolean markersOnly = at < end && !digit && end == folded.length()
        && folded.substring(at).chars().allMatch(c -> "/×-".indexOf(c) >= 0);
    if (at == 0 || at == end || !(digit || markersOnly) || !endsLabel(folded.charAt(at - 1))) {
      label.append(field);
      return;
    }
    label.append(field, 0, at);
    values.add(new Token(field.substring(at), line.number(), line.column(column + at), true));
  }

  /** The characters of values printed against a label. */
  private static final String ATTACHED = "0123456789.,+-/×";

  private static boolean endsLabel(char c) {
    return (c >= 0x3400 && c <= 0x9fff) || c == ')' || c == '）' || c == '"' || c == '”';
  }


}
