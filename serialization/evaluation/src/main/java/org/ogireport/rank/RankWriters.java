package org.ogireport.rank;

import static org.ogireport.render.HtmlRenderer.escape;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.render.HtmlRenderer;

/** The CSV and HTML writers of {@link RankFormat}. */
final class RankWriters {

  /** Digits after the point of a share. */
  static final int SCALE = 6;

  /** How rank and percentile are defined, as the HTML page states it (see {@link Ranking}). */
  static final String METHOD = "排名在每组内按数值从大到小（第1名为最大值，不论其好坏），数值按分数精确比较；"
      + "并列者名次相同、取最好名次，其后名次跳过（1、2、2、4）。百分位 = 100 × (N − 名次) / (N − 1)，"
      + "N 为该组该指标参与排名的数目，即组内其他参与排名者中数值不大于本值者所占百分比；N = 1 时为 100。"
      + "比率的分母（基数）低于最低基数时不排名。";

  private RankWriters() {}

  static void csv(RankTable table, Appendable out) throws IOException {
    List<String> header = new ArrayList<>(List.of("group", "organ", "year", "edition", "source"));
    for (Indicator i : Indicator.values()) {
      header.add(i.getId());
      if (i.isShare()) {
        header.add(i.getId() + "_base");
      }
      header.add(i.getId() + "_rank");
      header.add(i.getId() + "_of");
      header.add(i.getId() + "_percentile");
    }
    csvLine(out, header);
    List<String> fields = new ArrayList<>();
    for (RankEntry e : table.getEntries()) {
      fields.clear();
      fields.add(e.getGroup());
      fields.add(e.getOrgan());
      fields.add(Integer.toString(e.getYear()));
      fields.add(e.getEdition().getCode());
      fields.add(e.getSource().orElse(""));
      for (Indicator i : Indicator.values()) {
        Rank r = e.get(i);
        fields.add(value(r));
        if (i.isShare()) {
          fields.add(Long.toString(r.getBase().getAsLong()));
        }
        fields.add(r.getRank().isPresent() ? Integer.toString(r.getRank().getAsInt()) : "");
        fields.add(Integer.toString(r.getRankedCount()));
        fields.add(r.getPercentile().map(BigDecimal::toPlainString).orElse(""));
      }
      csvLine(out, fields);
    }
  }

  private static String value(Rank r) {
    return r.toDecimal(SCALE).map(BigDecimal::toPlainString).orElse("");
  }

  private static void csvLine(Appendable out, List<String> fields) throws IOException {
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        out.append(',');
      }
      out.append(StringEscapeUtils.escapeCsv(fields.get(f)));
    }
    out.append("\r\n");
  }

  static void html(RankTable table, Appendable out) throws IOException {
    Ranking ranking = table.getRanking();
    String title = "政府信息公开工作年度报告指标排名";
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(title).append("</title>\n<style>\n").append(HtmlRenderer.stylesheet())
        .append("\ntable.ogi-ranking, table.ogi-definitions { border-collapse: collapse; }\n")
        .append("table.ogi-ranking th, table.ogi-ranking td, table.ogi-definitions th,"
            + " table.ogi-definitions td { border: 1px solid #999; padding: 0.2em 0.5em; }\n")
        .append("table.ogi-definitions td { text-align: left; }\n")
        .append("td.ogi-unranked { color: #888; }\ntd small { color: #555; }\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n<p>")
        .append(escape(table.size() + " 份报告，分组：" + ranking.getGrouping().getName() + "，"
            + table.getGroups().size() + " 组。"))
        .append("</p>\n<h2>指标定义</h2>\n<table class=\"ogi-definitions\">\n")
        .append("<tr><th>id</th><th>名称</th><th>定义</th><th>基数（分母）</th><th>最低基数</th></tr>\n");
    for (Indicator i : Indicator.values()) {
      out.append("<tr><td>").append(i.getId()).append("</td><td>")
          .append(escape(i.getChineseName())).append("</td><td>")
          .append(escape(i.getNumeratorDefinition())).append("</td><td>")
          .append(escape(i.getBase().map(b -> b.getLabel() + "：" + b.getDescription())
              .orElse("—（计数，总是排名）")))
          .append("</td><td>")
          .append(i.isShare() ? ranking.getMinimumBase(i) + " " + i.getBase().get().getUnit() : "—")
          .append("</td></tr>\n");
    }
    out.append("</table>\n<p>").append(escape(METHOD)).append("</p>\n");
    String current = null;
    for (RankEntry e : table.getEntries()) {
      if (!e.getGroup().equals(current)) {
        if (current != null) {
          out.append("</table>\n</section>\n");
        }
        current = e.getGroup();
        out.append("<section>\n<h2>").append(escape(current)).append("</h2>\n")
            .append("<table class=\"ogi-ranking\">\n<tr><th>机关</th><th>年度</th>");
        for (Indicator i : Indicator.values()) {
          out.append("<th>").append(escape(i.getChineseName())).append("<br><small>N = ")
              .append(Integer.toString(table.getRankedCount(current, i)))
              .append("</small></th>");
        }
        out.append("</tr>\n");
      }
      out.append("<tr><th scope=\"row\">").append(escape(e.getOrgan())).append("</th><td>")
          .append(Integer.toString(e.getYear())).append("</td>");
      for (Indicator i : Indicator.values()) {
        Rank r = e.get(i);
        out.append(r.isRanked() ? "<td>" : "<td class=\"ogi-unranked\" title=\""
            + escape(r.getReason().orElseThrow()) + "\">");
        String shown = i.isShare()
            ? r.toDecimal(4).map(v -> v.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                .orElse("—") + " <small>" + r.getNumerator() + "/" + r.getBase().getAsLong() + "</small>"
            : Long.toString(r.getNumerator());
        out.append(shown);
        if (r.isRanked()) {
          out.append("<br><small>第 ").append(Integer.toString(r.getRank().getAsInt()))
              .append(" 名，百分位 ").append(r.getPercentile().orElseThrow().toPlainString())
              .append("</small>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    if (current != null) {
      out.append("</table>\n</section>\n");
    }
    out.append("</body>\n</html>\n");
  }
}
