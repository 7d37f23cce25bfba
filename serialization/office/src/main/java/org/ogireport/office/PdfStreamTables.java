package org.ogireport.office;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogireport.office.PdfLines.Line;
import org.ogireport.office.PdfText.Glyph;

/**
 * Tables printed without lines, rebuilt from the positions of their characters: a run of lines
 * that print numbers apart from each other is a table; its columns are where its numbers stand
 * (the x-ranges of the numbers of all its rows, and of the header line above the first row
 * where a column holds no number at all); each row puts its numbers in their columns and leaves
 * the others blank, so that a blank cell is seen as blank. Label lines wrapped above or below a
 * row's numbers go with the nearest row.
 */
final class PdfStreamTables {

  /** A gap this many times the character height separates two cells' texts. */
  private static final float TOKEN_GAP = 0.5f;
  private static final Pattern VALUE = Pattern.compile(
      "[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|元|件|个|项)?|[/／\\-—–]+|无");
  private static final Pattern CJK_THEN_NUMBER =
      Pattern.compile(".*[\\u3400-\\u9fff)）]([+-]?\\d[\\d,.]*)");

  private PdfStreamTables() {}

  /** A piece of a line: characters with no wide gap between them. */
  record Token(String text, float left, float right, boolean value) {

    float center() {
      return (left + right) / 2;
    }
  }

  /** The tokens of a line, with numbers printed against a label split off. */
  static List<Token> tokens(Line line) {
    List<Token> tokens = new ArrayList<>();
    List<Glyph> run = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : line.glyphs()) {
      if (previous != null && g.x() - previous.right()
          > TOKEN_GAP * Math.max(g.height(), previous.height())) {
        add(tokens, run);
        run = new ArrayList<>();
      }
      run.add(g);
      previous = g;
    }
    add(tokens, run);
    return tokens;
  }

  private static void add(List<Token> tokens, List<Glyph> run) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    run.forEach(g -> sb.append(g.text()));
    String text = sb.toString();
    var m = CJK_THEN_NUMBER.matcher(text);
    if (m.matches() && VALUE.matcher(m.group(1)).matches()) {
      int split = text.length() - m.group(1).length();
      int glyphs = 0;
      int chars = 0;
      while (chars < split) {
        chars += run.get(glyphs++).text().length();
      }
      if (chars == split && glyphs < run.size()) {
        add(tokens, run.subList(0, glyphs));
        add(tokens, run.subList(glyphs, run.size()));
        return;
      }
    }
    tokens.add(new Token(text, run.get(0).x(), run.get(run.size() - 1).right(),
        VALUE.matcher(text.strip()).matches()));
  }

  /** Whether a line is a row of a table without lines: it prints numbers apart. */
  static boolean isRow(Line line, List<Token> tokens) {
    long values = tokens.stream().filter(Token::value).count();
    return values >= 2 || (values == 1 && line.segments().size() > 1);
  }

  /**
   * The rows of one table: cells of the label column and of each column of numbers, blank where
   * a row prints nothing.
   *
   * @param rows the lines that print numbers, top to bottom, each with its tokens
   * @param labels the label lines among them (wrapped parts of labels), with their tokens
   * @param headers the lines just above the first row (the table's header), maybe none
   */
  static List<List<HtmlBlocks.Cell>> table(
      List<Line> rows, List<List<Token>> rowTokens, List<Line> labels, List<Line> headers) {
    List<float[]> columns = new ArrayList<>();
    for (List<Token> tokens : rowTokens) {
      for (Token t : tokens) {
        if (t.value()) {
          columns.add(new float[] {t.left(), t.right()});
        }
      }
    }
    List<float[]> merged = union(columns);
    float boundary = merged.isEmpty() ? Float.MAX_VALUE : merged.get(0)[0];
    // a header over one column is narrow (a character or two of a label printed a few
    // characters a line); a wider one spans several columns
    List<float[]> seeds = new ArrayList<>();
    for (Line header : headers) {
      for (Token t : tokens(header)) {
        if (t.left() >= boundary - header.height() && t.right() - t.left() <= 1.5f * header.height()) {
          seeds.add(new float[] {t.left(), t.right()});
        }
      }
    }
    seeds = union(seeds);
    // columns from the header where it names more columns than the numbers fill
    boolean byHeader = seeds.size() > merged.size();
    if (byHeader) {
      merged = seeds;
    } else if (rows.size() == 1) {
      merged = withGaps(merged);
    }
    List<StringBuilder> extraLabels = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      extraLabels.add(new StringBuilder());
    }
    List<StringBuilder> before = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      before.add(new StringBuilder());
    }
    for (Line label : labels) {
      int nearest = 0;
      for (int i = 1; i < rows.size(); i++) {
        if (Math.abs(rows.get(i).baseline() - label.baseline())
            < Math.abs(rows.get(nearest).baseline() - label.baseline())) {
          nearest = i;
        }
      }
      boolean above = label.baseline() < rows.get(nearest).baseline();
      (above ? before : extraLabels).get(nearest).append(' ').append(label.text());
    }
    List<List<HtmlBlocks.Cell>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder label = new StringBuilder(before.get(i));
      String[] cells = new String[merged.size()];
      java.util.Arrays.fill(cells, "");
      for (Token t : rowTokens.get(i)) {
        int column = -1;
        if (t.value() || t.left() >= boundary - 1) {
          column = byHeader ? nearest(merged, t.center()) : containing(merged, t.center());
        }
        if (column < 0) {
          label.append(' ').append(t.text());
        } else {
          cells[column] = cells[column].isEmpty() ? t.text() : cells[column] + " " + t.text();
        }
      }
      label.append(extraLabels.get(i));
      List<HtmlBlocks.Cell> row = new ArrayList<>();
      row.add(new HtmlBlocks.Cell(label.toString().strip(), 1, 1));
      for (String cell : cells) {
        row.add(new HtmlBlocks.Cell(cell, 1, 1));
      }
      out.add(row);
    }
    return out;
  }

  /**
   * The columns of a table of one row (table 四) with a blank column put wherever two numbers
   * stand two or more column widths apart: such tables space their columns evenly.
   */
  private static List<float[]> withGaps(List<float[]> columns) {
    if (columns.size() < 3) {
      return columns;
    }
    float[] steps = new float[columns.size() - 1];
    for (int i = 1; i < columns.size(); i++) {
      steps[i - 1] = columns.get(i)[0] - columns.get(i - 1)[0];
    }
    float[] sorted = steps.clone();
    java.util.Arrays.sort(sorted);
    float step = sorted[sorted.length / 2];
    List<float[]> out = new ArrayList<>();
    out.add(columns.get(0));
    for (int i = 1; i < columns.size(); i++) {
      int missing = Math.round(steps[i - 1] / step) - 1;
      float[] previous = columns.get(i - 1);
      for (int k = 1; k <= missing; k++) {
        float left = previous[0] + k * step;
        out.add(new float[] {left, left + (previous[1] - previous[0])});
      }
      out.add(columns.get(i));
    }
    return out;
  }

  private static int containing(List<float[]> columns, float x) {
    for (int c = 0; c < columns.size(); c++) {
      if (x >= columns.get(c)[0] - 1 && x <= columns.get(c)[1] + 1) {
        return c;
      }
    }
    return -1;
  }

  private static int nearest(List<float[]> columns, float x) {
    int best = 0;
    for (int c = 1; c < columns.size(); c++) {
      float[] r = columns.get(c);
      float[] b = columns.get(best);
      if (Math.abs((r[0] + r[1]) / 2 - x) < Math.abs((b[0] + b[1]) / 2 - x)) {
        best = c;
      }
    }
    return best;
  }

  /** Overlapping ranges joined, left to right. */
  private static List<float[]> union(List<float[]> ranges) {
    List<float[]> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> Float.compare(a[0], b[0]));
    List<float[]> out = new ArrayList<>();
    for (float[] r : sorted) {
      if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + 0.5f) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], r[1]);
      } else {
        out.add(new float[] {r[0], r[1]});
      }
    }
    return out;
  }
}
