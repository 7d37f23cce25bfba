package org.ogireport.render;

import org.ogireport.core.AnnualReport;
import org.ogireport.core.Table;

/**
 * Renders a report as the official tables, in the printed order with the official labels.
 *
 * <pre>{@code
 * String markdown = RenderFormat.MARKDOWN.renderer().render(report);
 * String table = HtmlRenderer.fragment().renderTable(report.getApplications());
 * }</pre>
 *
 * <p>Cells print as the report has them (see {@link CellText}); every value stays in its column,
 * so a rendering can be read back into the same report. Implementations are immutable and
 * thread-safe.
 */
public interface ReportRenderer {

  /**
   * The whole report: the title {@code <organ><year>年政府信息公开工作年度报告}, then the six
   * sections in order, each with its official heading, the text sections with their text (empty
   * when the report has none) and the table sections with their table.
   *
   * @param report the report, not null
   * @return the rendering
   */
  String render(AnnualReport report);

  /**
   * Renders one table alone, without title or heading.
   *
   * @param table the table, not null
   * @return the rendering
   */
  String renderTable(Table<?, ?> table);

  /**
   * Makes the report's title, e.g. {@code 淮安市洪泽区人民政府2023年政府信息公开工作年度报告}.
   *
   * @param report the report, not null
   * @return the organ, the year and {@code 年政府信息公开工作年度报告}
   */
  static String title(AnnualReport report) {
    return report.getOrgan() + report.getYear() + "年政府信息公开工作年度报告";
  }
}
