package org.ogireport.render;

import org.ogireport.core.AnnualReport;
import org.ogireport.core.Table;

/** A format that writes text, in the order of {@link ReportOutline}. */
abstract class DocumentRenderer implements ReportRenderer {

  @Override
  public final String render(AnnualReport report) {
    StringBuilder out = new StringBuilder();
    ReportOutline.walk(report, new ReportOutline.Visitor() {
      @Override
      public void title(String title) {
        begin(out, title);
      }

      @Override
      public void heading(String heading) {
        DocumentRenderer.this.heading(out, heading);
      }

      @Override
      public void paragraph(String text) {
        DocumentRenderer.this.paragraph(out, text);
      }

      @Override
      public void table(FormGrid grid) {
        DocumentRenderer.this.table(out, grid);
      }
    });
    end(out);
    return out.toString();
  }

  @Override
  public final String renderTable(Table<?, ?> table) {
    StringBuilder out = new StringBuilder();
    table(out, FormGrid.of(table));
    return out.toString();
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
