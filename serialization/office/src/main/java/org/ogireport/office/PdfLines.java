package org.ogireport.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogireport.office.PdfText.Glyph;

/**
 * Characters grouped into printed lines (one baseline each, left to right), and each line into
 * segments where a gap wider than a few characters separates them (the columns of a table drawn
 * without lines, or a page header's left and right parts).
 */
final class PdfLines {

  /** A gap between characters this many times their height separates segments. */
  private static final float SEGMENT_GAP = 2.5f;
  /** A gap between characters this many times their height is a space. */
  private static final float SPACE_GAP = 0.25f;

  private PdfLines() {}

  /** A printed line: its segments' texts, where it stands, its characters left to right. */
  record Line(List<String> segments, float left, float right, float baseline, float height,
      List<Glyph> glyphs) {

    /** The line's text, segments separated by a space. */
    String text() {
      return String.join(" ", segments);
    }

    float center() {
      return (left + right) / 2;
    }
  }

  /** The lines of a set of characters, top to bottom. */
  static List<Line> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float baseline = Float.NaN;
    for (Glyph g : sorted) {
      if (!row.isEmpty() && g.baseline() - baseline > 0.4f * Math.min(g.height(), row.get(0).height())) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        baseline = g.baseline();
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    List<Line> lines = new ArrayList<>();
    for (List<Glyph> r : rows) {
      lines.add(line(r));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    List<String> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    Glyph previous = null;
    float height = 0;
    for (Glyph g : glyphs) {
      height = Math.max(height, g.height());
      if (previous != null) {
        float gap = g.x() - previous.right();
        float size = Math.max(g.height(), previous.height());
        if (gap > SEGMENT_GAP * size) {
          segments.add(segment.toString());
          segment.setLength(0);
        } else if (gap > SPACE_GAP * size) {
          segment.append(' ');
        }
      }
      segment.append(g.text());
      previous = g;
    }
    segments.add(segment.toString());
    float baseline = glyphs.get(glyphs.size() / 2).baseline();
    return new Line(segments, glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), baseline,
        height, List.copyOf(glyphs));
  }

  /** The text of a table cell: its lines joined by spaces. */
  static String text(List<Glyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    for (Line line : lines(glyphs)) {
      sb.append(sb.length() > 0 ? " " : "").append(line.text());
    }
    return sb.toString();
  }
}
