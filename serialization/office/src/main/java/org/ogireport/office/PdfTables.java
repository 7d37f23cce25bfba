package org.ogireport.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ogireport.office.PageGraphics.Ruling;
import org.ogireport.office.PdfText.Glyph;

/**
 * The tables of a page, rebuilt from the lines drawn around their cells: lines that touch form
 * one table; its column and row boundaries are where its vertical and horizontal lines stand;
 * two neighbouring places with no line between them belong to one merged cell.
 */
final class PdfTables {

  /** How far apart two lines may be and still be one boundary, in points. */
  private static final float SAME = 2f;
  /** The gap two pieces of one line may leave, in points. */
  private static final float GAP = 2.5f;
  /** The smallest table: narrower or lower ones are rules or underlines, not tables. */
  private static final float MIN_SIZE = 10f;

  private PdfTables() {}

  /** A table: boundaries, merged cells, and the characters printed in each cell. */
  static final class Table {

    private final float[] xs;
    private final float[] ys;
    /** The merged cell of each place, by index into {@link #cells}. */
    private final int[][] cellAt;
    private final List<Region> cells;

    private Table(float[] xs, float[] ys, int[][] cellAt, List<Region> cells) {
      this.xs = xs;
      this.ys = ys;
      this.cellAt = cellAt;
      this.cells = cells;
    }

    /** The top edge, for the reading order of the page. */
    float top() {
      return ys[0];
    }

    /** The column boundaries, for joining a table continued on the next page. */
    float[] columns() {
      return xs;
    }

    /** Takes a character printed inside the table; false when it is outside. */
    boolean add(Glyph g) {
      int c = index(xs, g.centerX());
      int r = index(ys, g.centerY());
      if (c < 0 || r < 0) {
        return false;
      }
      cells.get(cellAt[r][c]).glyphs.add(g);
      return true;
    }

    /** The rows of cells, each listing the cells that start in it, with their text. */
    List<List<HtmlBlocks.Cell>> rows() {
      List<List<HtmlBlocks.Cell>> rows = new ArrayList<>();
      for (int r = 0; r < ys.length - 1; r++) {
        rows.add(new ArrayList<>());
      }
      for (Region region : cells) {
        rows.get(region.row).add(new HtmlBlocks.Cell(
            PdfLines.text(region.glyphs), region.rowSpan, region.colSpan));
      }
      return rows;
    }

    private static int index(float[] bounds, float v) {
      if (v < bounds[0] || v > bounds[bounds.length - 1]) {
        return -1;
      }
      for (int i = 0; i < bounds.length - 1; i++) {
        if (v <= bounds[i + 1]) {
          return i;
        }
      }
      return bounds.length - 2;
    }
  }

  /** A merged cell: where it starts, what it covers, and its characters. */
  private static final class Region {
    final int row;
    final int column;
    final int rowSpan;
    final int colSpan;
    final List<Glyph> glyphs = new ArrayList<>();

    Region(int row, int column, int rowSpan, int colSpan) {
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.colSpan = colSpan;
    }
  }

  /** The tables drawn on a page, top to bottom. */
  static List<Table> find(List<Ruling> drawn) {
    List<Ruling> lines = merged(drawn);
    int n = lines.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(lines.get(i), lines.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    List<Table> tables = new ArrayList<>();
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      int root = root(parent, i);
      if (done[root]) {
        continue;
      }
      done[root] = true;
      List<Ruling> component = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (root(parent, j) == root) {
          component.add(lines.get(j));
        }
      }
      Table table = table(component);
      if (table != null) {
        tables.add(table);
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return tables;
  }

  private static Table table(List<Ruling> lines) {
    float[] xs = extended(boundaries(lines, false), lines, true);
    float[] ys = extended(boundaries(lines, true), lines, false);
    if (xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < MIN_SIZE
        || ys[ys.length - 1] - ys[0] < MIN_SIZE) {
      return null;
    }
    int rows = ys.length - 1;
    int columns = xs.length - 1;
    int[] parent = new int[rows * columns];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      float midY = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c < columns; c++) {
        float midX = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < columns && !covered(lines, false, xs[c + 1], midY)) {
          parent[root(parent, r * columns + c)] = root(parent, r * columns + c + 1);
        }
        if (r + 1 < rows && !covered(lines, true, ys[r + 1], midX)) {
          parent[root(parent, r * columns + c)] = root(parent, (r + 1) * columns + c);
        }
      }
    }
    int[][] cellAt = new int[rows][columns];
    int[] regionOfRoot = new int[parent.length];
    Arrays.fill(regionOfRoot, -1);
    int[][] box = new int[parent.length][];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int root = root(parent, r * columns + c);
        int[] b = box[root];
        if (b == null) {
          box[root] = new int[] {r, c, r, c};
        } else {
          b[0] = Math.min(b[0], r);
          b[1] = Math.min(b[1], c);
          b[2] = Math.max(b[2], r);
          b[3] = Math.max(b[3], c);
        }
      }
    }
    List<Region> regions = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int root = root(parent, r * columns + c);
        if (regionOfRoot[root] < 0) {
          int[] b = box[root];
          regionOfRoot[root] = regions.size();
          regions.add(new Region(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1));
        }
        cellAt[r][c] = regionOfRoot[root];
      }
    }
    // met row by row, left to right: in the order the rows list them
    return new Table(xs, ys, cellAt, regions);
  }

  /** Whether a line of the table runs through a point of a boundary. */
  private static boolean covered(List<Ruling> lines, boolean horizontal, float at, float mid) {
    for (Ruling l : lines) {
      if (l.horizontal() == horizontal && Math.abs(l.position() - at) <= SAME
          && l.from() - SAME <= mid && mid <= l.to() + SAME) {
        return true;
      }
    }
    return false;
  }

  /** The positions of the lines of one direction, those closer than {@link #SAME} taken as one. */
  private static float[] boundaries(List<Ruling> lines, boolean horizontal) {
    FloatList all = new FloatList();
    for (Ruling l : lines) {
      if (l.horizontal() == horizontal) {
        all.add(l.position());
      }
    }
    float[] positions = all.toArray();
    Arrays.sort(positions);
    FloatList out = new FloatList();
    for (float p : positions) {
      if (out.size() == 0 || p - out.last() > SAME) {
        out.add(p);
      }
    }
    return out.toArray();
  }

  /**
   * The boundaries with the ends of the lines across them added where those run past the
   * outermost boundary: a browser leaves out the top border of a table's first row on a new
   * page, but the column lines still start there.
   */
  private static float[] extended(float[] bounds, List<Ruling> lines, boolean across) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (Ruling l : lines) {
      if (l.horizontal() == across) {
        min = Math.min(min, l.from());
        max = Math.max(max, l.to());
      }
    }
    FloatList out = new FloatList();
    if (bounds.length > 0 && min < bounds[0] - SAME) {
      out.add(min);
    }
    for (float b : bounds) {
      out.add(b);
    }
    if (bounds.length > 0 && max > bounds[bounds.length - 1] + SAME) {
      out.add(max);
    }
    return out.toArray();
  }

  /** Lines of one direction on one position that overlap or nearly meet, joined. */
  private static List<Ruling> merged(List<Ruling> drawn) {
    List<Ruling> sorted = new ArrayList<>(drawn);
    sorted.sort(Comparator.comparing(Ruling::horizontal)
        .thenComparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    for (Ruling l : sorted) {
      boolean joined = false;
      for (int i = out.size() - 1; i >= 0 && i >= out.size() - 8; i--) {
        Ruling o = out.get(i);
        if (o.horizontal() == l.horizontal() && Math.abs(o.position() - l.position()) <= 1f
            && l.from() <= o.to() + GAP && o.from() <= l.to() + GAP) {
          out.set(i, new Ruling(o.horizontal(), o.position(), Math.min(o.from(), l.from()),
              Math.max(o.to(), l.to())));
          joined = true;
          break;
        }
      }
      if (!joined) {
        out.add(l);
      }
    }
    return out;
  }

  private static boolean touch(Ruling a, Ruling b) {
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.position() - b.position()) <= SAME
          && a.from() <= b.to() + GAP && b.from() <= a.to() + GAP;
    }
    Ruling h = a.horizontal() ? a : b;
    Ruling v = a.horizontal() ? b : a;
    return v.position() >= h.from() - SAME && v.position() <= h.to() + SAME
        && h.position() >= v.from() - SAME && h.position() <= v.to() + SAME;
  }

  private static int root(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  /** A growable array of floats. */
  private static final class FloatList {
    private float[] values = new float[16];
    private int size;

    void add(float v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    float last() {
      return values[size - 1];
    }

    float[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
