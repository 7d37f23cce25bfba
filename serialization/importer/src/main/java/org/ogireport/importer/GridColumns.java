package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of a grid printed as text by its columns: in consecutive Markdown or
 * tab-separated rows of one width, the columns where values stand in any row are the data
 * columns, and a row's cells are its fields in those columns. An empty field there is a blank
 * cell; an empty field outside them is a place a spanning label covers
 * ({@code | 四、结转下年度继续办理 | | | 1 | 0 | 0 | 0 | 0 | 0 | |}: the two places after the label
 * are padding, the last field is the blank 总计). A grid where some row prints a label inside
 * those columns (a conversion that shifted its rows) is left to be read row by row, and so is a
 * grid an HTML table was flattened into, whose spans are marked. A column a header row names
 * is a data column even where every row leaves it blank.
 */
final class GridColumns {

  private static final byte EMPTY = 0;
  private static final byte VALUE = 1;
  private static final byte LABEL = 2;

  private GridColumns() {}

  /** Rewrites the records of the rows of every consistent grid among {@code records}. */
  static void apply(List<Rows.LineRecord> records) {
    int i = 0;
    while (i < records.size()) {
      Rows.LineRecord first = records.get(i);
      if (first == null || !first.grid()) {
        i++;
        continue;
      }
      int width = first.fields().size();
      List<Integer> block = new ArrayList<>();
      int j = i;
      for (; j < records.size(); j++) {
        Rows.LineRecord r = records.get(j);
        if (r == null) {
          continue;
        }
        if (!r.grid() || r.fields().size() != width) {
          break;
        }
        block.add(j);
      }
      read(records, block, width);
      i = Math.max(j, i + 1);
    }
  }

  private static void read(List<Rows.LineRecord> records, List<Integer> block, int width) {
    if (block.size() < 2) {
      return;
    }
    byte[][] kinds = new byte[block.size()][width];
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    int dataRows = 0;
    for (int b = 0; b < block.size(); b++) {
      List<Rows.Field> fields = records.get(block.get(b)).fields();
      boolean data = false;
      for (int c = 0; c < width; c++) {
        Rows.Field f = fields.get(c);
        if (f.text().equals(HtmlText.COVERED)) {
          return; // spans marked: nothing to tell from blank cells
        }
        byte kind = f.text().isEmpty() ? EMPTY
            : PrintedValue.isValue(TextNormalizer.fold(f.text())) ? VALUE : LABEL;
        kinds[b][c] = kind;
        if (kind == VALUE) {
          lo = Math.min(lo, c);
          hi = Math.max(hi, c);
          data = true;
        }
      }
      dataRows += data ? 1 : 0;
    }
    if (dataRows < 2) {
      return;
    }
    for (int b = 0; b < block.size(); b++) {
      if (hasValue(kinds[b])) {
        for (int c = lo; c <= hi; c++) {
          if (kinds[b][c] == LABEL) {
            return;
          }
        }
      }
    }
    int labels = -1;
    for (byte[] row : kinds) {
      for (int c = 0; c < width && hasValue(row); c++) {
        labels = row[c] == LABEL ? Math.max(labels, c) : labels;
      }
    }
    while (hi + 1 < width && headed(kinds, hi + 1)) {
      hi++;
    }
    while (lo - 1 > labels && headed(kinds, lo - 1)) {
      lo--;
    }
    for (int b = 0; b < block.size(); b++) {
      if (!hasValue(kinds[b])) {
        continue;
      }
      int index = block.get(b);
      Rows.LineRecord record = records.get(index);
      List<Rows.Field> fields = record.fields();
      StringBuilder label = new StringBuilder();
      for (int c = 0; c < lo; c++) {
        if (kinds[b][c] == LABEL) {
          label.append(label.length() == 0 ? "" : " ").append(fields.get(c).text());
        }
      }
      List<Token> values = new ArrayList<>();
      for (int c = lo; c <= hi; c++) {
        Rows.Field f = fields.get(c);
        values.add(new Token(f.text(), record.line(), f.column()));
      }
      records.set(index, new Rows.LineRecord(record.line(), label.toString(), values, fields));
    }
  }

  /**
   * Whether column {@code c}, where no row prints a value, is a data column all of whose cells
   * are blank: a header row names it, and no row of values prints a label in it (a spacer
   * column has no header; a notes column holds labels).
   */
  private static boolean headed(byte[][] kinds, int c) {
    boolean header = false;
    for (byte[] row : kinds) {
      if (hasValue(row)) {
        if (row[c] == LABEL) {
          return false;
        }
      } else {
        header |= row[c] == LABEL;
      }
    }
    return header;
  }

  private static boolean hasValue(byte[] kinds) {
    for (byte k : kinds) {
      if (k == VALUE) {
        return true;
      }
    }
    return false;
  }
}
