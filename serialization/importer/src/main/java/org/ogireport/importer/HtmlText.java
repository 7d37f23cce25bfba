package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.ogireport.core.ReportFormatException;

/**
 * Flattens a saved report page into lines with jsoup: block elements become lines, and every
 * innermost {@code <table>} becomes a grid (rowspan and colspan expanded, the covered places
 * marked {@link #COVERED}) written one tab-separated line per row. Each line keeps the source line of the
 * element it came from.
 */
final class HtmlText {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
      "header", "footer", "nav", "blockquote", "pre", "dd", "dt", "dl", "center", "form",
      "table", "tbody", "thead", "tfoot", "tr", "caption", "main", "aside", "hr", "address");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "head", "template", "iframe", "svg", "select");
  private static final int MAX_SPAN = 1000;
  /**
   * The deepest nesting of elements read. The HTML parser must bound it (its work grows with the
   * depth of every element it inserts), and beyond its bound it reshapes the tree and may drop
   * text: a page nested that deep is refused rather than read in part. Real report pages nest
   * a few dozen elements deep.
   */
  static final int MAX_DEPTH = 512;
  /** The widest table read: wider ones are layout, not a form (the form has 15 columns). */
  private static final int MAX_COLUMNS = 256;
  /** The longest table read. */
  private static final int MAX_ROWS = 10_000;
  /**
   * The text of a place covered by a rowspan or colspan: not a cell of its own, so that it is
   * never read as a blank cell (a private-use character, removed by {@link Rows}).
   */
  static final String COVERED = "\uE000";

  private final List<SourceLine> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLine;

  private HtmlText() {}

  /**
   * The lines of an HTML page: the page's {@code <title>} first (a page may name its report
   * only there), then the body's.
   */
  static List<SourceLine> lines(String html, String source) {
    Document document = Jsoup.parse(html, "",
        Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH));
    HtmlText text = new HtmlText();
    Element title = document.head() == null ? null : document.head().selectFirst("title");
    if (title != null && !SourceLine.trim(title.text()).isEmpty()) {
      text.lines.add(SourceLine.of(lineOf(title), title.text().replace('\t', ' ')));
    }
    Element body = document.body();
    text.walk(body == null ? document : body, body == null ? 0 : depth(body), source);
    text.breakLine();
    return text.lines;
  }

  /**
   * Walks the body without recursion (a hostile page may nest thousands of elements): text
   * joins the current line, blocks and {@code <br>} break it, every innermost table becomes a
   * grid.
   */
  private void walk(Node root, int rootDepth, String source) {
    Set<Node> aboveTables = aboveTables(root, rootDepth, source);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text(t);
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          breakLine();
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table") && !aboveTables.contains(e)) {
          breakLine();
          table(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(tag)) {
          breakLine();
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          breakLine();
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private void text(TextNode t) {
    String s = t.text();
    if (!SourceLine.trim(s).isEmpty()) {
      if (current.length() == 0) {
        currentLine = lineOf(t);
      }
      current.append(s);
    } else if (current.length() > 0 && !s.isEmpty()
        && !SourceLine.isSpace(current.charAt(current.length() - 1))) {
      // spaces between inline elements (&nbsp; between two spans) still part the words
      current.append(' ');
    }
  }

  /**
   * The elements that have a table somewhere below them, found in one pass from the leaves up,
   * so that only innermost tables are laid out as grids (outer ones are page layout).
   */
  private static Set<Node> aboveTables(Node root, int rootDepth, String source) {
    Set<Node> above = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (rootDepth + depth >= MAX_DEPTH - 1 && node instanceof Element) {
          throw new ReportFormatException(source, lineOf(node), 0, null, "the page nests "
              + "elements " + MAX_DEPTH + " deep, deeper than any report page; an HTML "
              + "parser reshapes what lies that deep, so the page is not read", null);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && node.parentNode() != null
            && (e.normalName().equals("table") || above.contains(e))) {
          above.add(node.parentNode());
        }
      }
    }, root);
    return above;
  }

  private void breakLine() {
    if (current.length() > 0) {
      lines.add(SourceLine.of(currentLine, current.toString().replace('\t', ' ')));
      current.setLength(0);
    }
  }

  private void table(Element table) {
    List<Element> rows = table.getElementsByTag("tr");
    int height = Math.min(rows.size(), MAX_ROWS);
    String[][] grid = new String[height][];
    int width = 0;
    for (int r = 0; r < height; r++) {
      int c = 0;
      for (Element cell : rows.get(r).children()) {
        String name = cell.normalName();
        if (!name.equals("td") && !name.equals("th") || isPlaceholder(cell)) {
          continue;
        }
        while (c < MAX_COLUMNS && at(grid, r, c) != null) {
          c++;
        }
        if (c >= MAX_COLUMNS) {
          break;
        }
        int rowspan = span(cell.attr("rowspan"));
        int colspan = Math.min(span(cell.attr("colspan")), MAX_COLUMNS - c);
        String text = SourceLine.trim(cell.text().replace('\t', ' ').replace('\u00A0', ' '));
        for (int i = 0; i < rowspan && r + i < height; i++) {
          for (int j = 0; j < colspan; j++) {
            put(grid, r + i, c + j, i == 0 && j == 0 ? text : COVERED);
          }
        }
        c += colspan;
        width = Math.max(width, c);
      }
    }
    for (int r = 0; r < height; r++) {
      StringBuilder line = new StringBuilder();
      boolean any = false;
      for (int c = 0; c < width; c++) {
        String text = at(grid, r, c);
        text = text == null ? "" : text;
        any |= !text.isEmpty() && !text.equals(COVERED);
        line.append(c == 0 ? "" : "\t").append(text);
      }
      if (any) {
        lines.add(SourceLine.of(lineOf(rows.get(r)), line.toString()));
      }
    }
  }

  /**
   * Whether a cell is Word's placeholder ({@code style='mso-cell-special:placeholder'}): the
   * empty cell Word's "Save as web page" adds before or after a row narrower than the table. It
   * is no cell of the form; laid out as one, it would shift the row's values by a place.
   */
  private static boolean isPlaceholder(Element cell) {
    String style = cell.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT)
        .contains("mso-cell-special:placeholder");
  }

  private static String at(String[][] grid, int row, int column) {
    String[] cells = grid[row];
    return cells == null || column >= cells.length ? null : cells[column];
  }

  private static void put(String[][] grid, int row, int column, String text) {
    String[] cells = grid[row];
    if (cells == null || column >= cells.length) {
      String[] wider = new String[Math.min(MAX_COLUMNS, Math.max(16, column * 2 + 1))];
      if (cells != null) {
        System.arraycopy(cells, 0, wider, 0, cells.length);
      }
      grid[row] = cells = wider;
    }
    cells[column] = text;
  }

  /**
   * A rowspan or colspan: its leading digits (as browsers read {@code "2px"}), at least 1 and at
   * most {@value #MAX_SPAN}; 1 when absent or not a number. Parsed by hand: most cells have no
   * span, and an exception per cell would cost more than the parse of the page.
   */
  private static int span(String attribute) {
    int i = 0;
    while (i < attribute.length() && SourceLine.isSpace(attribute.charAt(i))) {
      i++;
    }
    long value = 0;
    int digits = 0;
    for (; i < attribute.length() && attribute.charAt(i) >= '0' && attribute.charAt(i) <= '9';
        i++, digits++) {
      value = Math.min(MAX_SPAN, value * 10 + attribute.charAt(i) - '0');
    }
    return digits == 0 ? 1 : (int) Math.max(1, value);
  }

  private static int depth(Node node) {
    int depth = 0;
    for (Node n = node; n.parentNode() != null; n = n.parentNode()) {
      depth++;
    }
    return depth;
  }

  private static int lineOf(Node node) {
    Node n = node;
    while (n != null) {
      if (n.sourceRange().isTracked()) {
        return n.sourceRange().start().lineNumber();
      }
      n = n.parentNode();
    }
    return 0;
  }
}
