package org.ogireport.compare;

import static org.ogireport.render.HtmlRenderer.escape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.core.CellSlot;
import org.ogireport.core.SectionId;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.render.CellMark;
import org.ogireport.render.HtmlRenderer;

/** {@link ComparisonFormat#HTML}: this year's official tables, each data cell marked. */
final class CompareHtml {

  /** The marks' colours and the passages' styles, beside the renderer's form stylesheet. */
  private static final String STYLESHEET = String.join("\n",
      "td.ogi-up { background: #e3f4e6; }",
      "td.ogi-down { background: #fde7e4; }",
      "td.ogi-no-number { background: #fff3cd; }",
      "td.ogi-not-comparable { background: #ececec; color: #777; }",
      "td.ogi-finding { outline: 2px solid #c5221f; outline-offset: -2px; }",
      "td small { color: #555; white-space: nowrap; }",
      ".ogi-legend span { display: inline-block; padding: 0.1em 0.6em; margin-right: 0.5em;"
          + " border: 1px solid #999; }",
      ".ogi-legend .ogi-up { background: #e3f4e6; } .ogi-legend .ogi-down { background: #fde7e4; }",
      ".ogi-legend .ogi-no-number { background: #fff3cd; }",
      ".ogi-legend .ogi-not-comparable { background: #ececec; }",
      ".ogi-legend .ogi-finding { outline: 2px solid #c5221f; }",
      "table.ogi-extra { border-collapse: collapse; margin: 0.5em 0 1em; }",
      "table.ogi-extra th, table.ogi-extra td { border: 1px solid #999; padding: 0.2em 0.5em; }",
      "table.ogi-extra td:first-child, table.ogi-extra td:last-child { text-align: left; }",
      "del { background: #fde7e4; } ins { background: #e3f4e6; text-decoration: none; }",
      "li.ogi-passage { margin: 0.4em 0; }");

  private CompareHtml() {}

  static String render(YearComparison c) {
    StringBuilder out = new StringBuilder();
    String title = Wording.title(c);
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append(HtmlRenderer.stylesheet()).append('\n').append(STYLESHEET)
        .append("\n</style>\n</head>\n<body>\n<article class=\"ogi-comparison\">\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"ogi-summary\">").append(escape(Wording.summary(c))).append("</p>\n")
        .append("<p class=\"ogi-legend\">");
    for (Change change : Change.values()) {
      out.append("<span class=\"").append(change.getCssClass()).append("\">")
          .append(change.getChineseLabel()).append("</span>");
    }
    out.append("<span class=\"ogi-finding\">跨年度规则提示</span></p>\n");
    section(out, c, SectionId.OVERVIEW);
    Map<String, CellComparison> byCurrentPath = new HashMap<>();
    for (CellComparison cell : c.getCells()) {
      if (cell.getCurrent().isPresent() && !cell.isGroup()) {
        byCurrentPath.put(cell.getPath(), cell);
      }
    }
    for (Table<?, ?> table : c.getCurrent().getTables()) {
      TableId id = table.getLayout().getTable();
      out.append("<section>\n<h2>").append(escape(Wording.heading(id))).append("</h2>\n");
      out.append(HtmlRenderer.fragment().renderTable(table, slot -> mark(byCurrentPath, slot)));
      extra(out, c.getCells(id).stream()
          .filter(cell -> cell.isGroup() || cell.getCurrent().isEmpty()).toList());
      out.append("</section>\n");
    }
    section(out, c, SectionId.PROBLEMS);
    section(out, c, SectionId.OTHER_MATTERS);
    out.append("<section class=\"ogi-findings\">\n<h2>跨年度规则</h2>\n");
    if (c.getFindings().isEmpty()) {
      out.append("<p>无提示。</p>\n");
    } else {
      out.append("<ul>\n");
      for (Diagnostic d : c.getFindings()) {
        out.append("<li class=\"ogi-").append(d.getSeverity().getCode()).append("\">")
            .append(escape(Wording.finding(d))).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    return out.append("</section>\n</article>\n</body>\n</html>\n").toString();
  }

  private static Optional<CellMark> mark(Map<String, CellComparison> cells, CellSlot<?, ?> slot) {
    CellComparison cell = cells.get(slot.getPath());
    String css = cell.getChange().getCssClass() + (cell.getFindings().isEmpty() ? "" : " ogi-finding");
    return Optional.of(new CellMark(css, Wording.detail(cell), Wording.note(cell)));
  }

  /** Groups compared by their sums and last year's cells this year's form lacks. */
  private static void extra(StringBuilder out, List<CellComparison> cells) {
    if (cells.isEmpty()) {
      return;
    }
    out.append("<table class=\"ogi-extra\">\n<tr><th>单元格</th><th>上年</th><th>本年</th>"
        + "<th>变化</th><th>说明</th></tr>\n");
    for (CellComparison cell : cells) {
      out.append("<tr class=\"").append(cell.getChange().getCssClass()).append("\"><td>")
          .append(escape(cell.getLabel())).append("</td><td>")
          .append(escape(cell.getPrevious().map(Wording::blankAware).orElse("—")))
          .append("</td><td>")
          .append(escape(cell.getCurrent().map(Wording::blankAware).orElse("—")))
          .append("</td><td class=\"").append(cell.getChange().getCssClass()).append("\">")
          .append(escape(cell.getChange().getChineseLabel()
              + cell.getDifference().map(d -> " " + Numbers.signed(d)).orElse("")))
          .append("</td><td>").append(escape(cell.getNote().orElse(""))).append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static void section(StringBuilder out, YearComparison c, SectionId id) {
    SectionComparison s = c.getSection(id);
    out.append("<section>\n<h2>").append(escape(Wording.heading(id))).append("</h2>\n<p>")
        .append(escape(Wording.similarity(c, s))).append("</p>\n");
    if (!s.getPassages().isEmpty()) {
      out.append("<ol class=\"ogi-passages\">\n");
      for (Passage p : s.getPassages()) {
        out.append("<li class=\"ogi-passage\">");
        if (!p.removed().isEmpty()) {
          out.append("<del>").append(escape(p.removed())).append("</del>");
        }
        if (!p.added().isEmpty()) {
          out.append(p.removed().isEmpty() ? "" : "<br>")
              .append("<ins>").append(escape(p.added())).append("</ins>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    for (Diagnostic d : s.getFindings()) {
      out.append("<p class=\"ogi-finding\">").append(escape(Wording.finding(d))).append("</p>\n");
    }
    out.append("</section>\n");
  }
}
