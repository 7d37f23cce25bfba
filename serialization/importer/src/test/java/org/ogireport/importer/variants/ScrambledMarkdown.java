package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;

/**
 * What a PDF→Markdown conversion makes of a report whose tables have multi-line cells: the
 * narrative sections numbered by the report itself, then the tables numbered 一、二、三; labels
 * detached from their number rows and emitted as loose text wrapped mid-word, before or after
 * the rows they belong to; rows of numbers alone, each the header of a table of its own;
 * placeholder header rows (数据1…数据7, or fragments of the real header); a label split over two
 * cells; page footers between rows; a stray number line.
 */
final class ScrambledMarkdown {

  private final Variant variant;
  private final Random random;
  private final List<String> out = new ArrayList<>();

  ScrambledMarkdown(Variant variant, Random random) {
    this.variant = variant;
    this.random = random;
  }

  String render(AnnualReport report, List<Grid> tables) {
    Prose prose = new Prose(report, random);
    out.add("正文");
    String organ = report.getOrgan();
    out.add(report.getYear() + " 年" + organ + "政府信息公开工作");
    out.add("年度报告");
    wrapped(prose.opening());
    out.add("");
    out.add(Prose.HEADINGS.get(0));
    prose.overview().forEach(this::wrapped);
    out.add("");
    out.add("二、工作机制保障");
    wrapped("设立政务公开工作协调小组，统筹协调信息公开工作部门、法制部门、业务处室等共同协作推进政务公开任务。");
    out.add("");
    out.add("三、主动公开工作情况");
    wrapped("积极做好政府信息主动公开工作，通过部门网站发布政府信息" + (100 + random.nextInt(900))
        + " 件，其中包括行政规范性文件 " + random.nextInt(40) + " 件。");
    out.add("");
    out.add("四、政府信息公开申请情况");
    wrapped("所有申请均已按要求办理完成，所有办结的信息公开申请中同意公开答复若干件。");
    out.add("");
    String[] numerals = {"一", "二", "三"};
    String[] names = {"主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"};
    for (int t = 0; t < tables.size(); t++) {
      out.add(numerals[t] + "、" + names[t]);
      switch (t) {
        case 0 -> disclosure(tables.get(0), report.getEdition());
        case 1 -> applications(tables.get(1));
        default -> review(tables.get(2));
      }
      out.add("");
    }
    out.add("（一）主要问题");
    wrapped(prose.problems().get(0));
    out.add("");
    out.add("（二）改进情况");
    wrapped(prose.problems().get(1));
    out.add("");
    out.add("五、其他需要报告的事项");
    out.add(prose.otherMatters());
    return String.join("\n", out) + "\n";
  }

  /** Text as a PDF's lines: cut every 28 to 32 characters. */
  private void wrapped(String text) {
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + 28 + random.nextInt(5));
      out.add(text.substring(at, end));
      at = end;
    }
  }

  private void footer() {
    if (variant.has(Quirk.PAGE_FOOTERS) && random.nextInt(6) == 0) {
      out.add("— " + (2 + random.nextInt(8)) + " —");
    }
  }

  // ---- table 二: single-value items as loose lines, item （一） as a Markdown table ----

  private void disclosure(Grid grid, Edition edition) {
    List<List<Grid.Cell>> rows = grid.rows();
    List<List<Grid.Cell>> itemOne = new ArrayList<>();
    int item = -1;
    for (List<Grid.Cell> row : rows) {
      boolean caption = row.size() == 1 && !row.get(0).value();
      item += caption ? 1 : 0;
      if (item == 0) {
        if (!caption) {
          itemOne.add(row);
        } else {
          out.add(text(row.get(0)));
        }
        continue;
      }
      if (edition == Edition.V2019) {
        pipe(row);
      } else {
        out.add(String.join(caption || isHeader(row) ? "" : " ",
            row.stream().map(this::text).toList()).trim());
      }
    }
    out.add("## 表二：主动公开政府信息情况");
    for (int i = 0; i < itemOne.size(); i++) {
      pipe(itemOne.get(i));
      if (i == 0) {
        out.add("|---|---|---|---|");
      }
    }
  }

  private static boolean isHeader(List<Grid.Cell> row) {
    return row.stream().noneMatch(Grid.Cell::value);
  }

  private String text(Grid.Cell cell) {
    return cell.text().replace("\n", "");
  }

  private void pipe(List<Grid.Cell> row) {
    out.add("| " + String.join(" | ", row.stream().map(this::text).toList()) + " |");
  }

  // ---- table 三 ----

  private void applications(Grid grid) {
    out.add("申请人情况");
    out.add("（本列数据的勾稽关系为：第一项加第二项法人或其他组织");
    out.add("之和，等于第三项加第四项之和）");
    out.add("自然人总计");
    out.add("商业企科研机社会公法律服");
    out.add("其他");
    out.add("## 表三：收到和处理政府信息公开申请情况");
    boolean spare = random.nextBoolean();
    if (random.nextBoolean()) {
      out.add("| 业 | 构 | 益组织 | 务机构 |  |  |  |  |" + (spare ? "  |" : ""));
    } else {
      out.add("| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |" + (spare ? " 数据9 |" : ""));
    }
    out.add("|---|---|---|---|---|---|---|---|" + (spare ? "---|" : ""));
    List<List<Grid.Cell>> rows = new ArrayList<>();
    for (List<Grid.Cell> row : grid.rows()) {
      if (row.stream().anyMatch(Grid.Cell::value)) {
        rows.add(row);
      }
    }
    int n = rows.size();
    boolean[] labelled = new boolean[n];
    List<List<String>> loose = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labelled[i] = i == 0 || random.nextInt(100) < 55;
      loose.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      if (!labelled[i]) {
        int at = Math.max(0, Math.min(n, i - 2 + random.nextInt(4)));
        loose.get(Math.min(at, n - 1)).add(looseLabel(rows.get(i)));
      }
    }
    boolean stray = random.nextBoolean();
    for (int i = 0; i < n; i++) {
      List<String> here = loose.get(i);
      Collections.shuffle(here, random);
      for (String text : here) {
        out.add("");
        out.addAll(List.of(text.split("\n")));
      }
      if (stray && !labelled[i] && i > n / 2) {
        out.add(Integer.toString(1 + random.nextInt(3)));
        stray = false;
      }
      footer();
      List<String> values = rows.get(i).stream().filter(Grid.Cell::value).map(this::text).toList();
      if (labelled[i]) {
        List<String> labels = rows.get(i).stream().filter(c -> !c.value()).map(this::text).toList();
        String label = labels.get(labels.size() - 1);
        String first = labels.size() > 1 && labels.get(0).startsWith("三") && random.nextBoolean()
            ? "| 三、 " : "";
        out.add(first + "| " + label + " | " + String.join(" | ", values) + " |"
            + (spare && first.isEmpty() ? "  |" : ""));
      } else {
        out.add("| " + String.join(" | ", values) + " |");
        out.add("|" + "---|".repeat(values.size()));
      }
    }
  }

  /** A row's label (with its group's, for the group's first row) wrapped mid-word. */
  private String looseLabel(List<Grid.Cell> row) {
    List<String> labels = row.stream().filter(c -> !c.value()).map(this::text)
        .filter(t -> !t.startsWith("三、")).toList();
    StringBuilder sb = new StringBuilder();
    for (String label : labels) {
      int at = 0;
      while (at < label.length()) {
        int end = Math.min(label.length(), at + 9 + random.nextInt(4));
        while (end < label.length() && Character.isDigit(label.charAt(end - 1))) {
          end++;
        }
        sb.append(label, at, end).append('\n');
        at = end;
      }
    }
    return sb.toString().trim();
  }

  // ---- table 四 ----

  private void review(Grid grid) {
    out.add("行政复议行政诉讼");
    out.add("未经复议直接起诉复议后起诉");
    out.add("结果结果其他尚未");
    out.add("总计");
    out.add("总计总计");
    out.add("维持纠正结果审结维持纠正结果审结");
    out.add("| 维持 | 纠正 | 结果 | 审结 | 结果 | 结果 | 其他 | 尚未 | 结果 | 结果 | 其他 | 尚未 |");
    out.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
    List<Grid.Cell> values = grid.rows().get(grid.rows().size() - 1);
    out.add("| " + String.join(" | ", values.stream().map(this::text).toList()) + " |");
    out.add("|" + "---|".repeat(values.size()));
  }
}
