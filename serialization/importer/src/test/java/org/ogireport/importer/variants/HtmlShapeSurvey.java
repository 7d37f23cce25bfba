package org.ogireport.importer.variants;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ImportScore;
import org.ogireport.importer.ReportImporter;

/**
 * Prints, per {@link HtmlShape}, the cells right, blank with and without a diagnostic, silently
 * wrong and the pages refused, over the seeds, the real reports and generated reports. Run with
 * {@code -Dhtml.survey=true} ({@code -Dhtml.dump=SHAPE} prints the failures of a shape); it
 * asserts nothing.
 */
@EnabledIfSystemProperty(named = "html.survey", matches = "true")
class HtmlShapeSurvey {

  @Test
  void survey() {
    ReportImporter importer = ReportImporter.builder().build();
    Map<String, AnnualReport> reports = SourceReports.all(Integer.getInteger("html.generated", 8));
    String dump = System.getProperty("html.dump", "");
    System.out.println("| shape | cells | right | blank named | blank unnamed | silently wrong "
        + "| refused | organ/year/edition wrong |\n|---|---|---|---|---|---|---|---|");
    for (HtmlShape shape : HtmlShape.values()) {
      long[] sum = new long[7];
      long seed = 100;
      for (Map.Entry<String, AnnualReport> e : reports.entrySet()) {
        Variant variant = shape.variant(seed++);
        AnnualReport published = VariantMaker.published(e.getValue(), variant);
        String html = HtmlShapeImportTest.page(published, shape, variant);
        ImportResult result;
        try {
          result = importer.readHtml(html);
        } catch (ReportFormatException ex) {
          sum[5]++;
          if (shape.name().equals(dump)) {
            System.out.println("REFUSED " + e.getKey() + ": " + ex.getMessage());
          }
          continue;
        }
        ImportScore score = ImportScore.of(published, result);
        sum[0] += score.total();
        sum[1] += score.right();
        sum[2] += score.namedBlanks();
        sum[3] += score.blanks().size() - score.namedBlanks();
        sum[4] += score.silent().size();
        AnnualReport read = result.getReport();
        boolean header = !read.getOrgan().equals(published.getOrgan())
            || read.getYear() != published.getYear() || read.getEdition() != published.getEdition();
        sum[6] += header ? 1 : 0;
        if (shape.name().equals(dump) && (!score.wrong().isEmpty() || header || Boolean.getBoolean("html.all"))) {
          System.out.println("== " + e.getKey() + " organ=" + read.getOrgan() + " year="
              + read.getYear() + " " + score.wrong() + "\n" + result.getDiagnostics());
          if (Boolean.getBoolean("html.page")) {
            System.out.println(html);
          }
        }
      }
      System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d |%n", shape, sum[0], sum[1],
          sum[2], sum[3], sum[4], sum[5], sum[6]);
    }
  }
}
