package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;

/** Writes a whole published report around its table grids in one layout. */
final class Document {

  private static final List<String> CHROME_BEFORE = List.of(
      "首页 > 政务公开 > 政府信息公开年报", "字体：[ 大 中 小 ] 打印本页 关闭窗口");
  private static final List<String> CHROME_AFTER = List.of(
      "扫一扫在手机打开当前页", "【打印】【关闭】",
      "版权所有：某某市人民政府办公室 网站标识码：5001020001 渝ICP备05003300号");
  private static final String[] HEADINGS = {
    "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"};

  private final Variant variant;
  private final Layout layout;
  private final Random random;

  Document(Variant variant, Random random) {
    this.variant = variant;
    this.layout = variant.layout();
    this.random = random;
  }

  String render(AnnualReport report, List<Grid> tables) {
    switch (layout) {
      case RUN_TOGETHER -> {
        return new RunTogetherPage(random).render(report, tables);
      }
      case SCRAMBLED_MARKDOWN -> {
        return new ScrambledMarkdown(variant, random).render(report, tables);
      }
      case SITE_PAGE -> {
        return new SitePage(random, this).render(report, tables);
      }
      default -> { }
    }
    List<String> before = new ArrayList<>();
    if (variant.has(Quirk.CHROME)) {
      before.addAll(CHROME_BEFORE);
    }
    before.add(report.getOrgan() + report.getYear() + "年政府信息公开工作年度报告");
    if (variant.has(Quirk.CHROME)) {
      before.add("来源：办公室 发布时间：" + (report.getYear() + 1) + "-01-25 09:30 浏览次数：");
    }
    before.add("一、总体情况");
    before.add(report.getYear() + "年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收申请若干件。");
    List<String> after = new ArrayList<>(List.of(
        "五、存在的主要问题及改进情况", "一是公开内容有待丰富；二是解读形式有待创新。",
        "六、其他需要报告的事项", "无。", report.getOrgan(), (report.getYear() + 1) + "年1月25日"));
    if (variant.has(Quirk.CHROME)) {
      after.addAll(CHROME_AFTER);
    }
    return layout.isHtml() ? html(before, tables, after) : text(before, tables, after);
  }

  // ---- text layouts ----

  private String text(List<String> before, List<Grid> tables, List<String> after) {
    List<String> out = new ArrayList<>();
    before.forEach(l -> paragraph(out, l));
    for (int t = 0; t < tables.size(); t++) {
      paragraph(out, HEADINGS[t]);
      table(out, tables.get(t));
    }
    after.forEach(l -> paragraph(out, l));
    return String.join("\n", out) + "\n";
  }

  private void paragraph(List<String> out, String text) {
    out.addAll(VariantMaker.lines(text));
    if (layout == Layout.ONE_PER_PARAGRAPH) {
      out.add("");
    }
  }

  private void table(List<String> out, Grid grid) {
    List<List<Grid.Cell>> expanded = grid.expanded();
    for (int r = 0; r < grid.rows().size(); r++) {
      if (r > 0 && variant.has(Quirk.PAGE_FOOTERS) && random.nextInt(8) == 0) {
        out.add(VariantMaker.footer(random));
      }
      List<Grid.Cell> row = grid.rows().get(r);
      switch (layout) {
        case ONE_PER_LINE, ONE_PER_PARAGRAPH -> row.forEach(c -> paragraph(out, c.text()));
        case TABS -> out.add(String.join("\t",
            expanded.get(r).stream().map(c -> c.text().replace("\n", "")).toList()));
        case MARKDOWN -> {
          out.add("| " + String.join(" | ",
              expanded.get(r).stream().map(c -> c.text().replace("\n", "<br>")).toList()) + " |");
          if (r == 0) {
            out.add("|" + "---|".repeat(expanded.get(r).size()));
          }
        }
        case SPACES -> spaced(out, row);
        default -> throw new IllegalStateException(layout.name());
      }
    }
    if (layout == Layout.MARKDOWN) {
      out.add("");
    }
  }

  /** PDF text: group labels on their own lines, the row label wrapped, values after it. */
  private static void spaced(List<String> out, List<Grid.Cell> row) {
    List<String> values = row.stream().filter(Grid.Cell::value).map(Grid.Cell::text)
        .filter(v -> !v.isEmpty()).toList();
    List<Grid.Cell> labels = row.stream().filter(c -> !c.value()).toList();
    if (values.isEmpty()) {
      if (labels.stream().noneMatch(c -> c.text().contains("\n"))) {
        out.add(String.join(" ", labels.stream().map(Grid.Cell::text).toList()));
      } else {
        labels.forEach(c -> out.addAll(VariantMaker.lines(c.text())));
      }
      return;
    }
    for (int i = 0; i < labels.size() - 1; i++) {
      out.addAll(VariantMaker.lines(labels.get(i).text()));
    }
    List<String> last = labels.isEmpty() ? new ArrayList<>(List.of(""))
        : VariantMaker.lines(labels.get(labels.size() - 1).text());
    String joined = String.join(" ", values);
    last.set(last.size() - 1, (last.get(last.size() - 1) + " " + joined).trim());
    out.addAll(last);
  }

  // ---- HTML layouts ----

  private String html(List<String> before, List<Grid> tables, List<String> after) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>年报</title></head>\n<body>\n");
    for (String line : before) {
      sb.append(line.endsWith("年度报告") ? "<h1>" + line + "</h1>" : "<p>" + line + "</p>")
          .append('\n');
    }
    for (int t = 0; t < tables.size(); t++) {
      sb.append("<p><strong>").append(HEADINGS[t]).append("</strong></p>\n");
      htmlTable(sb, tables.get(t));
    }
    for (String line : after) {
      sb.append("<p>").append(line).append("</p>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  /** A table as HTML, with Word's markup in the Word layouts. */
  void htmlTable(StringBuilder sb, Grid grid) {
    boolean word = layout == Layout.WORD_HTML || layout == Layout.SITE_PAGE;
    sb.append(word
        ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=601 "
            + "style='width:450.8pt;border-collapse:collapse;border:none;mso-border-alt:solid "
            + "windowtext .5pt;mso-yfti-tbllook:1184'>\n"
        : "<table border=\"1\">\n");
    for (List<Grid.Cell> row : grid.rows()) {
      sb.append("<tr>");
      for (Grid.Cell cell : row) {
        sb.append("<td");
        if (cell.rowspan() > 1) {
          sb.append(" rowspan=\"").append(cell.rowspan()).append('"');
        }
        if (cell.colspan() > 1) {
          sb.append(" colspan=\"").append(cell.colspan()).append('"');
        }
        sb.append('>').append(htmlCell(cell)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    if (layout == Layout.SITE_PAGE) {
      // the row of empty spacer cells Word writes for misaligned columns
      sb.append(" <![if !supportMisalignedColumns]>\n <tr height=0>");
      int width = grid.expanded().isEmpty() ? 0 : grid.expanded().get(0).size();
      for (int i = 0; i < width; i++) {
        sb.append("<td width=").append(40 + random.nextInt(60)).append(" style='border:none'></td>");
      }
      sb.append("</tr>\n <![endif]>\n");
    }
    sb.append("</table>\n");
  }

  private String htmlCell(Grid.Cell cell) {
    String text = cell.text().replace("&", "&amp;").replace("<", "&lt;");
    if (layout == Layout.WORD_HTML || layout == Layout.SITE_PAGE) {
      if (text.isEmpty()) {
        return "<p class=MsoNormal align=center><span lang=EN-US>&nbsp;<o:p></o:p></span></p>";
      }
      StringBuilder sb = new StringBuilder();
      for (String line : text.split("\n")) {
        sb.append("<p class=MsoNormal align=center><span style='font-size:10.5pt;"
            + "font-family:宋体'>").append(line).append("</span></p>");
      }
      return sb.toString();
    }
    if (text.isEmpty()) {
      return random.nextBoolean() ? "&nbsp;" : "";
    }
    String html = text.replace("\n", "<br>");
    return cell.value() && random.nextInt(3) == 0 ? "<span>" + html + "</span>" : html;
  }
}
