package org.ogireport.render;

import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/**
 * The printed order of a report, shared by every rendering: the title, 一 with its text, 二 to 四
 * each with its table as a {@link FormGrid}, then 五 and 六 with their texts. A format outside
 * this module (the .docx writer of ogi-report-office) walks the same order.
 *
 * <pre>{@code
 * ReportOutline.walk(report, new ReportOutline.Visitor() {
 *   public void title(String title) { ... }            // 淮安市洪泽区人民政府2023年政府信息公开工作年度报告
 *   public void heading(String heading) { ... }        // 一、总体情况
 *   public void paragraph(String text) { ... }         // one non-blank line of a section's text
 *   public void table(FormGrid grid) { ... }           // the official form of a table
 * });
 * }</pre>
 */
public final class ReportOutline {

  private ReportOutline() {}

  /** What a format does with each part of a report, called in printed order. */
  public interface Visitor {

    /**
     * The report's title, first.
     *
     * @param title e.g. {@code 淮安市洪泽区人民政府2023年政府信息公开工作年度报告}
     */
    void title(String title);

    /**
     * A section heading with its numbering.
     *
     * @param heading e.g. {@code 三、收到和处理政府信息公开申请情况}
     */
    void heading(String heading);

    /**
     * One paragraph of a section's text: a line of it, stripped, never blank.
     *
     * @param text the paragraph
     */
    void paragraph(String text);

    /**
     * A table, after its section's heading.
     *
     * @param grid the table laid out as the official form prints it
     */
    void table(FormGrid grid);
  }

  /**
   * Walks a report's parts in printed order.
   *
   * @param report the report, not null
   * @param visitor what to do with each part, not null
   */
  public static void walk(AnnualReport report, Visitor visitor) {
    visitor.title(ReportRenderer.title(report));
    text(report, SectionId.OVERVIEW, visitor);
    for (Table<?, ?> table : report.getTables()) {
      TableId id = table.getLayout().getTable();
      visitor.heading(id.getNumbering() + id.getHeading());
      visitor.table(FormGrid.of(table));
    }
    text(report, SectionId.PROBLEMS, visitor);
    text(report, SectionId.OTHER_MATTERS, visitor);
  }

  private static void text(AnnualReport report, SectionId id, Visitor visitor) {
    visitor.heading(id.getNumbering() + id.getHeading());
    Optional<String> text = report.getSections().get(id);
    if (text.isPresent()) {
      for (String line : text.get().split("\\R")) {
        if (!line.isBlank()) {
          visitor.paragraph(line.strip());
        }
      }
    }
  }
}
