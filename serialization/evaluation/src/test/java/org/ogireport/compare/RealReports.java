package org.ogireport.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.Report2021;
import org.ogireport.importer.ReportImporter;
import org.ogireport.testing.Fixtures;

/**
 * The real 淮安市洪泽区 reports: the hand-checked tables of {@link Fixtures#realWorld(String)} with
 * the section texts imported from the published text they were checked against.
 */
final class RealReports {

  private RealReports() {}

  static AnnualReport hongze(int year) {
    String name = "hongze-" + year;
    Report2021 tables = (Report2021) Fixtures.realWorld(name);
    String resource = "/org/ogireport/testing/published/realworld/" + name + ".txt";
    try (InputStream in = RealReports.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      AnnualReport imported = ReportImporter.builder().build().read(text, name + ".txt").getReport();
      return ImmutableReport2021.copyOf(tables).withSections(imported.getSections());
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
