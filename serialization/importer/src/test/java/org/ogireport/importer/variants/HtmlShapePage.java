package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;

/**
 * Writes a report's page in one {@link HtmlShape}: Word's export or a CMS body in site chrome,
 * each table whole or split into two at a page break.
 */
final class HtmlShapePage {

  private static final String WORD_TABLE = "<table class=MsoNormalTable border=1 cellspacing=0 "
      + "cellpadding=0 width=601\n style='width:450.8pt;border-collapse:collapse;border:none;"
      + "mso-border-alt:solid windowtext .5pt;\n mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt "
      + "0cm 5.4pt'>\n";
  private static final String PAGE_BREAK = "<p class=MsoNormal><span lang=EN-US style='font-size:"
      + "10.5pt'><br clear=all style='page-break-before:always'>\n</span></p>\n";

  private static final String PLAIN_PADDING = "<td>&nbsp;</td>";
  private static final String PLACEHOLDER = "  <td style='mso-cell-special:placeholder;border:none;"
      + "padding:0cm 0cm 0cm 0cm' width=12><p class='MsoNormal'>&nbsp;</td>\n";

  private final HtmlShape shape;
  private final Random random;

  HtmlShapePage(HtmlShape shape, Random random) {
    this.shape = shape;
    this.random = random;
  }

  String render(AnnualReport report, List<Grid> tables) {
    String headline = report.getOrgan() + report.getYear() + "年政府信息公开工作年度报告";
    StringBuilder sb = new StringBuilder();
    boolean twoLines = shape.has(HtmlShape.Trait.TITLE_OVER_TWO_LINES);
    sb.append("<html><head><meta charset=\"utf-8\"><title>")
        .append(twoLines ? "政府信息公开年报_政务公开" : headline)
        .append("</title>\n<style>.nav li{float:left}</style><script>var a=1;</script></head>\n"
            + "<body>\n");
    if (!shape.word()) {
      sb.append("<div class=\"header\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li>"
          + "<a>政务公开</a></li><li><a>政府信息公开年报</a></li><li><a>互动交流</a></li></ul></div>\n"
          + "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a>&nbsp;&gt;&nbsp;<a>政务公开</a>"
          + "&nbsp;&gt;&nbsp;<a>政府信息公开年报</a></div>\n<div class=\"article\">\n"
          + "<div class=\"title\">").append(twoLines ? report.getOrgan() + "<br>"
              + report.getYear() + "年政府信息公开工作年度报告" : headline)
          .append("</div>\n<div class=\"info\">"
              + "<span>来源：本网</span>&nbsp;&nbsp;<span>发布时间：").append(report.getYear() + 1)
          .append("-01-2").append(random.nextInt(9)).append(" 09:30</span>&nbsp;&nbsp;<span>"
              + "浏览次数：</span></div>\n<div class=\"TRS_Editor\">\n");
    } else {
      sb.append("<div class=WordSection1 style='layout-grid:15.6pt'>\n");
      if (twoLines) {
        paragraph(sb, report.getOrgan());
        paragraph(sb, report.getYear() + "年政府信息公开工作年度报告");
      } else {
        paragraph(sb, headline);
      }
    }
    Prose prose = new Prose(report, random);
    paragraph(sb, prose.opening());
    paragraph(sb, Prose.HEADINGS.get(0));
    prose.overview().forEach(p -> paragraph(sb, p));
    for (int t = 0; t < tables.size(); t++) {
      paragraph(sb, Prose.HEADINGS.get(t + 1));
      Grid grid = tables.get(t);
      if (shape.split()) {
        int rows = grid.rows().size();
        int at = 1 + random.nextInt(rows - 1);
        table(sb, part(grid, 0, at, shape), Prose.HEADINGS.get(t + 1));
        sb.append(PAGE_BREAK);
        table(sb, part(grid, at, rows, shape), null);
      } else {
        table(sb, grid, Prose.HEADINGS.get(t + 1));
      }
    }
    paragraph(sb, Prose.HEADINGS.get(4));
    prose.problems().forEach(p -> paragraph(sb, p));
    paragraph(sb, Prose.HEADINGS.get(5));
    paragraph(sb, prose.otherMatters());
    paragraph(sb, report.getOrgan());
    paragraph(sb, (report.getYear() + 1) + "年1月2" + random.nextInt(9) + "日");
    if (!shape.word()) {
      sb.append("</div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div>\n"
          + "<div class=\"print\">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>\n</div>\n"
          + "<div class=\"footer\">主办单位：").append(report.getOrgan())
          .append("办公室&nbsp;&nbsp;网站标识码：3501000011&nbsp;&nbsp;闽ICP备05000000号</div>\n");
    } else {
      sb.append("</div>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private void paragraph(StringBuilder sb, String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
    if (shape.word()) {
      sb.append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\n"
          + "style='font-size:16.0pt;font-family:仿宋_GB2312'>").append(escaped)
          .append("<span lang=EN-US><o:p></o:p></span></span></p>\n");
    } else {
      sb.append("<p style=\"text-indent:2em;\">").append(escaped).append("</p>\n");
    }
  }

  /**
   * Rows {@code from} to {@code to} of a grid as a table of their own, as a page break cuts
   * them: a cell spanning rows across the cut keeps its text above it and leaves an empty cell
   * spanning the rest below (or none, or one repeating its text, as the shape has it).
   */
  static Grid part(Grid grid, int from, int to, HtmlShape shape) {
    List<List<Placed>> placed = new ArrayList<>();
    List<List<Grid.Cell>> rows = grid.rows();
    boolean[][] taken = new boolean[rows.size() + 1][64];
    for (int r = 0; r < rows.size(); r++) {
      placed.add(new ArrayList<>());
    }
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Grid.Cell cell : rows.get(r)) {
        while (taken[r][c]) {
          c++;
        }
        for (int i = 0; i < cell.rowspan() && r + i < rows.size(); i++) {
          for (int j = 0; j < cell.colspan(); j++) {
            taken[r + i][c + j] = true;
          }
        }
        int start = Math.max(r, from);
        int end = Math.min(r + cell.rowspan(), to);
        boolean below = start > r;
        if (start < end && !(below && shape.has(HtmlShape.Trait.SPANS_DROPPED))) {
          Grid.Cell kept = !below || shape.has(HtmlShape.Trait.LABELS_REPEATED)
              ? cell : new Grid.Cell("", 1, 1, false);
          placed.get(start).add(new Placed(c,
              new Grid.Cell(kept.text(), end - start, cell.colspan(), cell.value())));
        }
        c += cell.colspan();
      }
    }
    Grid part = new Grid();
    for (int r = from; r < to; r++) {
      List<Placed> row = placed.get(r);
      row.sort(Comparator.comparingInt(Placed::column));
      part.row(row.stream().map(Placed::cell).toList());
    }
    return part;
  }

  private record Placed(int column, Grid.Cell cell) {}

  private void table(StringBuilder sb, Grid grid, String heading) {
    sb.append(shape.word() ? WORD_TABLE
        : "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:"
            + "collapse;width:100%;\"><tbody>\n");
    List<List<Grid.Cell>> rows = new ArrayList<>(grid.rows());
    if (heading != null && shape.has(HtmlShape.Trait.HEADING_ROW)) {
      rows.add(0, List.of(new Grid.Cell(heading, 1, grid.expanded().get(0).size(), false)));
    }
    int index = 0;
    for (List<Grid.Cell> original : rows) {
      List<Grid.Cell> row = new ArrayList<>(original);
      while (shape.has(HtmlShape.Trait.TRAILING_BLANKS_DROPPED) && row.size() > 1
          && row.get(row.size() - 1).value() && row.get(row.size() - 1).text().isEmpty()) {
        row.remove(row.size() - 1);
      }
      sb.append(shape.word() ? " <tr style='mso-yfti-irow:" + index++ + "'>\n" : "<tr>");
      int placeholder = shape.has(HtmlShape.Trait.PLACEHOLDER_CELLS)
          || shape.has(HtmlShape.Trait.PLAIN_PADDING_CELLS) ? random.nextInt(6) : 5;
      String padding = shape.has(HtmlShape.Trait.PLAIN_PADDING_CELLS) ? PLAIN_PADDING : PLACEHOLDER;
      if (placeholder == 0) {
        sb.append(padding);
      }
      for (Grid.Cell cell : row) {
        sb.append(shape.word() ? "  <td width=48 valign=top" : "<td");
        if (cell.rowspan() > 1) {
          sb.append(" rowspan=").append(cell.rowspan());
        }
        if (cell.colspan() > 1) {
          sb.append(" colspan=").append(cell.colspan());
        }
        sb.append(shape.word()
            ? " style='width:35.4pt;border:solid windowtext 1.0pt;\n  padding:0cm 5.4pt 0cm "
                + "5.4pt'>\n  " : " style=\"border:1px solid #000;\">");
        sb.append(shape.word() ? wordCell(cell) : cmsCell(cell));
        sb.append(shape.word() ? "\n  </td>\n" : "</td>");
      }
      if (placeholder == 1) {
        sb.append(padding);
      }
      sb.append(shape.word() ? " </tr>\n" : "</tr>\n");
    }
    sb.append(shape.word() ? "</table>\n" : "</tbody></table>\n");
  }

  private String wordCell(Grid.Cell cell) {
    String text = cell.text().replace("&", "&amp;").replace("<", "&lt;");
    if (text.isEmpty()) {
      return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US\n"
          + "  style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>";
    }
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      sb.append("<p class=MsoNormal align=center style='text-align:center'>");
      if (cell.value() && line.length() > 1 && random.nextInt(3) == 0) {
        // Word splits a number over two runs when its digits were typed at different times
        int at = 1 + random.nextInt(line.length() - 1);
        sb.append("<span lang=EN-US style='font-size:10.5pt'>").append(line, 0, at)
            .append("</span><span\n  lang=EN-US style='font-size:10.5pt;mso-bidi-font-size:"
                + "11.0pt'>").append(line.substring(at)).append("<o:p></o:p></span>");
      } else {
        sb.append("<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\n  "
            + "\"Times New Roman\"'>").append(line).append("</span>");
      }
      sb.append("</p>");
    }
    return sb.toString();
  }

  private String cmsCell(Grid.Cell cell) {
    String text = cell.text().replace("&", "&amp;").replace("<", "&lt;");
    if (cell.value() && shape.has(HtmlShape.Trait.FULL_WIDTH_SIGNS)) {
      text = text.replace("-", "－").replace("/", "／").replace("—", "——");
    }
    if (text.isEmpty()) {
      return switch (random.nextInt(3)) {
        case 0 -> "&nbsp;";
        case 1 -> "<br>";
        default -> "";
      };
    }
    String html = String.join(random.nextBoolean() ? "<br>" : "<br />", text.split("\n"));
    return "<span style=\"font-family:宋体;font-size:14px;\">" + html + "</span>";
  }
}
