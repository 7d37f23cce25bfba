package org.ogireport.compare;

import org.ogireport.core.SectionId;
import org.ogireport.core.TableId;
import org.ogireport.core.diagnostic.Diagnostic;

/** {@link ComparisonFormat#MARKDOWN}: per table every cell with both years and the change. */
final class CompareMarkdown {

  private CompareMarkdown() {}

  static String render(YearComparison c) {
    StringBuilder out = new StringBuilder();
    int last = c.getPrevious().getYear();
    int now = c.getCurrent().getYear();
    out.append("# ").append(Wording.title(c)).append("\n\n").append(Wording.summary(c))
        .append("\n\n");
    section(out, c, SectionId.OVERVIEW);
    for (TableId table : TableId.values()) {
      out.append("## ").append(Wording.heading(table)).append("\n\n")
          .append("| 单元格 | ").append(last).append("年 | ").append(now)
          .append("年 | 变化 | 差额 | 说明 |\n|---|---:|---:|---|---:|---|\n");
      for (CellComparison cell : c.getCells(table)) {
        out.append("| ").append(escape(cell.getLabel()))
            .append(" | ").append(escape(cell.getPrevious().map(Wording::blankAware).orElse("—")))
            .append(" | ").append(escape(cell.getCurrent().map(Wording::blankAware).orElse("—")))
            .append(" | ").append(cell.getChange().getChineseLabel())
            .append(" | ").append(cell.getDifference().map(Numbers::signed).orElse(""))
            .append(cell.getRelativeChange().map(r -> "（" + Numbers.signedPercent(r) + "）")
                .orElse(""))
            .append(" | ").append(escape(note(cell))).append(" |\n");
      }
      out.append('\n');
    }
    section(out, c, SectionId.PROBLEMS);
    section(out, c, SectionId.OTHER_MATTERS);
    out.append("## 跨年度规则\n\n");
    if (c.getFindings().isEmpty()) {
      out.append("无提示。\n");
    }
    for (Diagnostic d : c.getFindings()) {
      out.append("- ").append(Wording.finding(d).replace("\n", " ")).append('\n');
    }
    return out.toString();
  }

  private static String note(CellComparison cell) {
    StringBuilder note = new StringBuilder(cell.getNote().orElse(""));
    for (String code : Wording.codes(cell.getFindings())) {
      note.append(note.length() == 0 ? "" : "；").append("⚠ ").append(code);
    }
    return note.toString();
  }

  private static void section(StringBuilder out, YearComparison c, SectionId id) {
    SectionComparison s = c.getSection(id);
    out.append("## ").append(Wording.heading(id)).append("\n\n")
        .append(Wording.similarity(c, s)).append("\n\n");
    int n = 1;
    for (Passage p : s.getPassages()) {
      out.append(n++).append(". ");
      if (!p.removed().isEmpty()) {
        out.append("删：~~").append(escape(p.removed())).append("~~");
      }
      if (!p.added().isEmpty()) {
        out.append(p.removed().isEmpty() ? "" : "<br>").append("增：**")
            .append(escape(p.added())).append("**");
      }
      out.append('\n');
    }
    if (!s.getPassages().isEmpty()) {
      out.append('\n');
    }
    for (Diagnostic d : s.getFindings()) {
      out.append("> ⚠ ").append(Wording.finding(d).replace("\n", " ")).append("\n\n");
    }
  }

  /** Text safe inside a Markdown table cell or emphasis: pipes, asterisks, tildes, line breaks. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("~", "\\~")
        .replace("\r", "").replace("\n", " ");
  }
}
