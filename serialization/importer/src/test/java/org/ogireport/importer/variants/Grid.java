package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as the official form draws it: rows of cells with rowspan and colspan, label cells and
 * value cells. A {@code \n} in a cell's text is a line break inside the cell.
 */
final class Grid {

  /** One drawn cell. */
  record Cell(String text, int rowspan, int colspan, boolean value) {}

  private final List<List<Cell>> rows = new ArrayList<>();

  static Cell label(String text) {
    return new Cell(text, 1, 1, false);
  }

  static Cell label(String text, int rowspan, int colspan) {
    return new Cell(text, rowspan, colspan, false);
  }

  static Cell value(String text) {
    return new Cell(text, 1, 1, true);
  }

  static Cell value(String text, int colspan) {
    return new Cell(text, 1, colspan, true);
  }

  Grid row(List<Cell> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  List<List<Cell>> rows() {
    return rows;
  }

  /**
   * The grid with spans expanded: each row as wide as the table, a spanned cell's text at its
   * first place and the places it covers empty (null for a covered place).
   */
  List<List<Cell>> expanded() {
    Map<Long, Cell> places = new HashMap<>();
    int width = 0;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Cell cell : rows.get(r)) {
        while (places.containsKey(key(r, c))) {
          c++;
        }
        for (int i = 0; i < cell.rowspan(); i++) {
          for (int j = 0; j < cell.colspan(); j++) {
            places.put(key(r + i, c + j), i == 0 && j == 0 ? cell : new Cell("", 1, 1, false));
          }
        }
        c += cell.colspan();
        width = Math.max(width, c);
      }
    }
    List<List<Cell>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        row.add(places.getOrDefault(key(r, c), new Cell("", 1, 1, false)));
      }
      out.add(row);
    }
    return out;
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}
