package org.ogireport.importer.variants;

import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.OutcomeGroup;

/**
 * A crawler archive's text of a report's page: the metadata lines it adds, then the page's text
 * with its markup stripped, everything on one line. Table cells follow each other with no
 * separator but the stray space an {@code &nbsp;} left at some cell boundaries; labels run into
 * the digits of the row before; a table split over two pages repeats its group label
 * 三、本年度办理结果; the title may be missing from the body (the metadata names it).
 */
final class RunTogetherPage {

  private final Random random;

  RunTogetherPage(Random random) {
    this.random = random;
  }

  String render(AnnualReport report, List<Grid> tables) {
    String title = report.getOrgan() + report.getYear() + "年度政府信息公开工作年度报告";
    Prose prose = new Prose(report, random);
    StringBuilder out = new StringBuilder();
    out.append("标题: ").append(title).append('\n')
        .append("发布时间: ").append(report.getYear() + 1).append("-01-2").append(random.nextInt(9))
        .append(" 15:22\n文号: \n发布机构: \n栏目: 政府信息公开年报\n")
        .append("原文链接: https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/").append(report.getYear() + 1)
        .append("01/t").append(report.getYear() + 1).append("0120_80576.htm\n")
        .append("页面链接与图片详见 links.tsv(同目录)\n")
        .append("==================== 正文 ====================\n");
    StringBuilder body = new StringBuilder();
    if (random.nextBoolean()) {
      body.append(title).append(' ');
    }
    body.append(prose.opening()).append(gap()).append(Prose.HEADINGS.get(0)).append(gap());
    prose.overview().forEach(body::append);
    for (int t = 0; t < tables.size(); t++) {
      body.append(gap()).append(Prose.HEADINGS.get(t + 1)).append(gap());
      table(body, tables.get(t));
    }
    body.append(gap()).append(Prose.HEADINGS.get(4)).append(gap());
    prose.problems().forEach(body::append);
    body.append(gap()).append(Prose.HEADINGS.get(5)).append(' ').append(prose.otherMatters());
    return out.append(body).append('\n').toString();
  }

  /** A space, as often as not, where the page's markup had a break. */
  private String gap() {
    return random.nextBoolean() ? " " : "";
  }

  private void table(StringBuilder out, Grid grid) {
    String withheld = OutcomeGroup.UNABLE_TO_PROVIDE.getNumbering()
        + OutcomeGroup.UNABLE_TO_PROVIDE.getLabel();
    boolean split = random.nextBoolean();
    for (List<Grid.Cell> row : grid.rows()) {
      boolean previousValue = false;
      for (Grid.Cell cell : row) {
        String text = cell.text().replace("\n", "");
        if (split && !cell.value() && text.startsWith(withheld)) {
          // the table ran onto the next page, which repeats the group label
          out.append("三、").append(OutcomeGroup.OUTCOMES_LABEL);
        }
        if (cell.value() && previousValue && random.nextInt(12) == 0) {
          out.append(' '); // an &nbsp; at a cell boundary
        }
        out.append(text);
        previousValue = cell.value();
      }
      if (random.nextInt(6) == 0) {
        out.append(' ');
      }
    }
  }
}
