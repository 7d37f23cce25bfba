package org.ogireport.render;

import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;

/** The document order shared by every format: title, 一 (text), 二–四 (tables), 五, 六 (text). */
abstract class DocumentRenderer implements ReportRenderer {

  @Override
  public final String render(AnnualReport report) {
    StringBuilder out = new StringBuilder();
    begin(out, ReportRenderer.title(report));
    text(out, report, SectionId.OVERVIEW);
    for (Table<?, ?> table : report.getTables()) {
      TableId id = table.getLayout().getTable();
      heading(out, id.getNumbering() + id.getHeading());
      table(out, FormGrid.of(table));
    }
    text(out, report, SectionId.PROBLEMS);
    text(out, report, SectionId.OTHER_MATTERS);
    end(out);
    return out.toString();
  }

  @Override
  public final String renderTable(Table<?, ?> table) {
    StringBuilder out = new StringBuilder();
    table(out, FormGrid.of(table));
    return out.toString();
  }

  private void text(StringBuilder out, AnnualReport report, SectionId id) {
    heading(out, id.getNumbering() + id.getHeading());
    Optional<String> text = report.getSections().get(id);
    if (text.isPresent()) {
      for (String line : text.get().split("\\R")) {
        if (!line.isBlank()) {
          paragraph(out, line.strip());
        }
      }
    }
  }

  /** Starts the document with its title. */
  abstract void begin(StringBuilder out, String title);

  /** A section heading. */
  abstract void heading(StringBuilder out, String heading);

  /** One paragraph of a section's text, not blank. */
  abstract void paragraph(StringBuilder out, String text);

  /** A table. */
  abstract void table(StringBuilder out, FormGrid grid);

  /** Ends the document. */
  abstract void end(StringBuilder out);
}
