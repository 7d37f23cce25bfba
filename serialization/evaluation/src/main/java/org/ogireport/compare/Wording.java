package org.ogireport.compare;

import java.util.List;
import java.util.Locale;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableId;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;

/** The words the HTML and Markdown outputs share, stated once. */
final class Wording {

  private Wording() {}

  static String title(YearComparison c) {
    return c.getOrgan() + "：" + c.getPrevious().getYear() + "年与" + c.getCurrent().getYear()
        + "年政府信息公开工作年度报告对比";
  }

  static String summary(YearComparison c) {
    long warnings = c.getFindings().stream()
        .filter(d -> d.getSeverity() != Severity.INFO).count();
    return "表格单元格：增加 " + c.count(Change.INCREASED) + "，减少 " + c.count(Change.DECREASED)
        + "，未变 " + c.count(Change.UNCHANGED) + "，一年无数字 " + c.count(Change.NUMBER_MISSING)
        + "，不可比 " + c.count(Change.NOT_COMPARABLE) + "。跨年度规则提示 " + warnings + " 条。"
        + (c.isEditionChange() ? "两年表式不同（" + c.getPrevious().getEdition().getCode() + "版→"
            + c.getCurrent().getEdition().getCode() + "版）：只比较两版共有的单元格。" : "");
  }

  static String heading(TableId table) {
    return table.getNumbering() + table.getHeading();
  }

  static String heading(SectionId section) {
    return section.getNumbering() + section.getHeading();
  }

  /** What the section comparison found, in one line. */
  static String similarity(YearComparison c, SectionComparison s) {
    if (s.getSimilarity().isPresent()) {
      return "相似度 " + Numbers.similarityPercent(s.getSimilarity().get()) + "（逐字编辑距离，不计空白），"
          + (s.getPassages().isEmpty() ? "逐句相同" : "改动 " + s.getPassages().size() + " 处");
    }
    if (s.getPrevious().isEmpty() && s.getCurrent().isEmpty()) {
      return "两年均无此部分";
    }
    return "仅" + (s.getPrevious().isPresent() ? c.getPrevious() : c.getCurrent()).getYear()
        + "年有此部分";
  }

  /** Last year's value and the change, for under a cell: {@code 上年 21，+74}. */
  static String note(CellComparison cell) {
    StringBuilder note = new StringBuilder();
    switch (cell.getChange()) {
      case INCREASED, DECREASED -> note.append("上年 ")
          .append(cell.getPrevious().orElseThrow().getText()).append("，")
          .append(Numbers.signed(cell.getDifference().orElseThrow()));
      case NUMBER_MISSING -> note.append("上年 ").append(blankAware(cell.getPrevious().orElseThrow()));
      case NOT_COMPARABLE -> note.append("不可比");
      case UNCHANGED -> { }
    }
    for (String code : codes(cell.getFindings())) {
      note.append(note.length() == 0 ? "" : " ").append("⚠").append(code);
    }
    return note.toString();
  }

  /** The whole comparison of a cell in words, for a tooltip or a table. */
  static String detail(CellComparison cell) {
    StringBuilder out = new StringBuilder();
    cell.getPrevious().ifPresent(s -> out.append(s.getYear()).append("年：").append(blankAware(s)));
    cell.getCurrent().ifPresent(s -> out.append(out.length() == 0 ? "" : " → ")
        .append(s.getYear()).append("年：").append(blankAware(s)));
    out.append("（").append(cell.getChange().getChineseLabel());
    cell.getDifference().ifPresent(d -> out.append(" ").append(Numbers.signed(d)));
    cell.getRelativeChange().ifPresent(r -> out.append("，").append(Numbers.signedPercent(r)));
    out.append("）");
    cell.getNote().ifPresent(n -> out.append(" ").append(n));
    for (Diagnostic d : cell.getFindings()) {
      out.append("\n").append(d.getCode()).append("：").append(d.getMessage(Locale.CHINESE));
    }
    return out.toString();
  }

  /** A side's text, naming a blank so that it is not mistaken for nothing printed at all. */
  static String blankAware(Side side) {
    String text = side.getText();
    return text.isEmpty() ? "（空白）" : text;
  }

  static List<String> codes(List<Diagnostic> findings) {
    return findings.stream().map(Diagnostic::getCode).distinct().toList();
  }

  /** A finding in one line: {@code warning SERIES-CARRY 2024: applications…: message}. */
  static String finding(Diagnostic d) {
    String where = d.getLocation().toString();
    return d.getSeverity().getCode() + " " + d.getCode() + (where.isEmpty() ? "" : " " + where)
        + "：" + d.getMessage(Locale.CHINESE);
  }
}
