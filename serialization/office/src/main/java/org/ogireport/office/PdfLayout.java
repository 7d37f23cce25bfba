package org.ogireport.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogireport.office.PdfLines.Line;
import org.ogireport.office.PdfText.Glyph;
import org.ogireport.office.PdfText.PdfPage;

/**
 * Puts the pages of a PDF together in reading order: per page its tables and its lines of text
 * top to bottom, page headers and footers dropped, lines joined into paragraphs, and a table
 * continued on the next page joined to its first part.
 */
final class PdfLayout {

  /** The share of the page height at the top and at the bottom where headers and footers are. */
  private static final float BAND = 0.1f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–\\s]*(第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|\\d+"
          + "|(?i:page)\\s*\\d+(\\s*(?i:of)\\s*\\d+)?)[-—–\\s]*");
  /** A section heading ({@code 三、收到和处理…}): it ends a table printed without lines. */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("\\s*[一二三四五六七八九十]+、.{4,}(情况|事项)\\s*");
  /** A line that starts a section or an item: never the continuation of a paragraph. */
  private static final Pattern NUMBERED = Pattern.compile(
      "\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d+[.．、]).*");

  private PdfLayout() {}

  /** Something printed on a page, with its top edge for the reading order. */
  private sealed interface Block permits Text, Segments, Grid {
    float top();
  }

  private record Text(String text, float top) implements Block {}

  /** A line whose parts stand apart, as cells of a table drawn without lines. */
  private record Segments(List<String> parts, float top) implements Block {}

  private record Grid(List<List<HtmlBlocks.Cell>> rows, float[] columns, float top)
      implements Block {}

  /** Writes the pages as paragraphs and tables. */
  static void write(List<PdfPage> pages, HtmlBlocks html) {
    List<List<PdfTables.Table>> tables = new ArrayList<>();
    List<List<Line>> lines = new ArrayList<>();
    for (PdfPage page : pages) {
      List<PdfTables.Table> found = PdfTables.find(page.graphics().rulings());
      List<Glyph> free = new ArrayList<>();
      for (Glyph g : page.glyphs()) {
        boolean inTable = false;
        for (PdfTables.Table t : found) {
          if (t.add(g)) {
            inTable = true;
            break;
          }
        }
        if (!inTable) {
          free.add(g);
        }
      }
      tables.add(found);
      lines.add(PdfLines.lines(free));
    }
    dropHeadersAndFooters(pages, lines);

    List<Block> blocks = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<Block> page = new ArrayList<>();
      for (PdfTables.Table t : tables.get(p)) {
        page.add(new Grid(t.rows(), t.columns(), t.top()));
      }
      page.addAll(paragraphs(lines.get(p), tables.get(p), pages.get(p).width()));
      page.sort(Comparator.comparingDouble(Block::top));
      for (int i = 0; i < page.size(); i++) {
        Block b = page.get(i);
        if (i == 0 && b instanceof Grid next && !blocks.isEmpty()
            && blocks.get(blocks.size() - 1) instanceof Grid previous
            && sameColumns(previous.columns(), next.columns())) {
          blocks.set(blocks.size() - 1, joined(previous, next));
        } else {
          blocks.add(b);
        }
      }
    }
    for (Block b : blocks) {
      if (b instanceof Text t) {
        html.paragraph(t.text());
      } else if (b instanceof Segments s) {
        List<HtmlBlocks.Cell> row = new ArrayList<>();
        for (String part : s.parts()) {
          row.add(new HtmlBlocks.Cell(part, 1, 1));
        }
        html.table(List.of(row));
      } else if (b instanceof Grid g) {
        html.table(g.rows());
      }
    }
  }

  /**
   * Drops the lines in a page's top or bottom band that are page numbers, or that stand at the
   * same height with the same text (numbers aside) on at least half the pages, two at least.
   */
  private static void dropHeadersAndFooters(List<PdfPage> pages, List<List<Line>> lines) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (Line line : lines.get(p)) {
        String key = bandKey(line, pages.get(p));
        if (key != null) {
          seen.computeIfAbsent(key, k -> new HashSet<>()).add(p);
        }
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      PdfPage page = pages.get(p);
      lines.get(p).removeIf(line -> {
        String key = bandKey(line, page);
        if (key == null) {
          return false;
        }
        int count = seen.get(key).size();
        return PAGE_NUMBER.matcher(line.text()).matches()
            || (count >= 2 && count * 2 >= pages.size());
      });
    }
  }

  /** The key of a line in a page's header or footer band, or null for a line of the body. */
  private static String bandKey(Line line, PdfPage page) {
    boolean top = line.baseline() < BAND * page.height();
    boolean bottom = line.baseline() > (1 - BAND) * page.height();
    if (!top && !bottom) {
      return null;
    }
    return Math.round(line.baseline() / 3) + "|"
        + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
  }

  /** The lines of a page outside its tables, joined into paragraphs. */
  private static List<Block> paragraphs(
      List<Line> lines, List<PdfTables.Table> tables, float pageWidth) {
    float textRight = 0;
    for (Line l : lines) {
      if (l.segments().size() == 1) {
        textRight = Math.max(textRight, l.right());
      }
    }
    List<Block> out = new ArrayList<>();
    StringBuilder paragraph = null;
    Line previous = null;
    float paragraphTop = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      float top = line.baseline() - line.height();
      List<PdfStreamTables.Token> tokens = PdfStreamTables.tokens(line);
      if (PdfStreamTables.isRow(line, tokens)) {
        flush(out, paragraph, paragraphTop);
        paragraph = null;
        previous = null;
        i = streamTable(lines, i, tables, out) - 1;
        continue;
      }
      if (line.segments().size() > 1) {
        flush(out, paragraph, paragraphTop);
        paragraph = null;
        previous = null;
        out.add(new Segments(line.segments(), top));
        continue;
      }
      if (paragraph != null && continues(previous, line, tables, textRight, pageWidth)) {
        String t = line.text();
        char last = paragraph.charAt(paragraph.length() - 1);
        if (isLatin(last) && !t.isEmpty() && isLatin(t.charAt(0))) {
          paragraph.append(' ');
        }
        paragraph.append(t);
      } else {
        flush(out, paragraph, paragraphTop);
        paragraph = new StringBuilder(line.text());
        paragraphTop = top;
      }
      previous = line;
    }
    flush(out, paragraph, paragraphTop);
    return out;
  }

  /**
   * Reads a table printed without lines, starting at the row {@code lines[first]}: its rows,
   * and the label lines wrapped among them. Returns the index of the first line after it.
   */
  private static int streamTable(
      List<Line> lines, int first, List<PdfTables.Table> tables, List<Block> out) {
    // the header: the lines above the first row, up to a row, a heading or a wide gap (header
    // cells spanning two rows print their text centred between them)
    List<Line> headers = new ArrayList<>();
    for (int i = first - 1; i >= 0 && headers.size() < 8; i--) {
      Line header = lines.get(i);
      if (lines.get(i + 1).baseline() - header.baseline() > 4 * header.height()
          || PdfStreamTables.isRow(header, PdfStreamTables.tokens(header))
          || NUMBERED_HEADING.matcher(header.text()).matches()) {
        break;
      }
      headers.add(header);
    }
    List<Line> rows = new ArrayList<>();
    List<List<PdfStreamTables.Token>> rowTokens = new ArrayList<>();
    List<Line> labels = new ArrayList<>();
    float valuesFrom = Float.MAX_VALUE;
    int i = first;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      Line last = i == first ? line : lines.get(i - 1);
      if (i > first && (line.baseline() - last.baseline() > 2.5f * last.height()
          || tableBetween(tables, last, line))) {
        break;
      }
      List<PdfStreamTables.Token> tokens = PdfStreamTables.tokens(line);
      if (PdfStreamTables.isRow(line, tokens)) {
        rows.add(line);
        rowTokens.add(tokens);
        for (PdfStreamTables.Token t : tokens) {
          if (t.value()) {
            valuesFrom = Math.min(valuesFrom, t.left());
          }
        }
      } else if (line.segments().size() == 1 && line.right() < valuesFrom
          && !NUMBERED_HEADING.matcher(line.text()).matches()) {
        labels.add(line);
      } else {
        break;
      }
    }
    out.add(new Grid(PdfStreamTables.table(rows, rowTokens, labels, headers), new float[0],
        rows.get(0).baseline() - rows.get(0).height()));
    return i;
  }

  private static boolean tableBetween(List<PdfTables.Table> tables, Line above, Line below) {
    for (PdfTables.Table t : tables) {
      if (t.top() > above.baseline() && t.top() < below.baseline()) {
        return true;
      }
    }
    return false;
  }

  private static void flush(List<Block> out, StringBuilder paragraph, float top) {
    if (paragraph != null) {
      out.add(new Text(paragraph.toString(), top));
    }
  }

  /**
   * Whether a line continues the paragraph of the line above: same size, close below it, no
   * table between, not numbered as a new item, and the line above runs to the right margin or
   * both are centred on the page (a title over two lines).
   */
  private static boolean continues(
      Line above, Line line, List<PdfTables.Table> tables, float textRight, float pageWidth) {
    float h = above.height();
    if (Math.abs(line.height() - h) > 0.2f * h || line.baseline() <= above.baseline()
        || line.baseline() - above.baseline() > 2.2f * h
        || NUMBERED.matcher(line.text()).matches()) {
      return false;
    }
    for (PdfTables.Table t : tables) {
      if (t.top() > above.baseline() && t.top() < line.baseline()) {
        return false;
      }
    }
    boolean full = above.right() >= textRight - 1.5f * h && line.left() <= above.left() + 0.5f * h;
    boolean centred = Math.abs(above.center() - line.center()) <= 3
        && Math.abs(above.center() - pageWidth / 2) <= 0.05f * pageWidth;
    return full || centred;
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static boolean sameColumns(float[] a, float[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 2) {
        return false;
      }
    }
    return true;
  }

  /** A table and its continuation, without the header rows the continuation prints again. */
  private static Grid joined(Grid first, Grid next) {
    int repeated = 0;
    while (repeated < next.rows().size() && repeated < first.rows().size()
        && next.rows().get(repeated).equals(first.rows().get(repeated))) {
      repeated++;
    }
    List<List<HtmlBlocks.Cell>> rows = new ArrayList<>(first.rows());
    rows.addAll(next.rows().subList(repeated, next.rows().size()));
    return new Grid(rows, first.columns(), first.top());
  }
}
