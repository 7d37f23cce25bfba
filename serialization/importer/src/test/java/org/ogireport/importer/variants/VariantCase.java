package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ImportScore;
import org.ogireport.importer.ReportImporter;

/**
 * One report printed in one variant, and what importing it gives.
 *
 * @param name the source report's name
 * @param source the source report
 * @param variant the variant
 */
record VariantCase(String name, AnnualReport source, Variant variant) {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  /** The published report, its printed text, and the score of its import. */
  Outcome run() {
    AnnualReport published = VariantMaker.published(source, variant);
    String text = VariantMaker.print(published, variant);
    try {
      ImportResult result = variant.layout().isHtml() ? IMPORTER.readHtml(text) : IMPORTER.read(text);
      return new Outcome(this, text, result, ImportScore.of(published, result));
    } catch (ReportFormatException e) {
      return new Outcome(this, text, null, ImportScore.of(published, null));
    }
  }

  @Override
  public String toString() {
    return name + " " + variant;
  }

  /** What one case gave. */
  record Outcome(VariantCase variantCase, String text, ImportResult result, ImportScore score) {}

  /**
   * Every layout with each quirk alone, and {@code combined} random combinations of four to
   * eight quirks per layout, spread over the reports.
   */
  static List<VariantCase> sample(Map<String, AnnualReport> reports, int combined, long seed) {
    List<VariantCase> cases = new ArrayList<>(singles(reports));
    cases.addAll(combined(reports, combined, seed));
    return cases;
  }

  /** Every layout plain and with each quirk alone, spread over the reports. */
  static List<VariantCase> singles(Map<String, AnnualReport> reports) {
    List<Map.Entry<String, AnnualReport>> entries = new ArrayList<>(reports.entrySet());
    List<VariantCase> cases = new ArrayList<>();
    int n = 0;
    for (Layout layout : Layout.values()) {
      cases.add(of(entries.get(n++ % entries.size()), layout, EnumSet.noneOf(Quirk.class), n));
      for (Quirk quirk : Quirk.values()) {
        cases.add(of(entries.get(n++ % entries.size()), layout, EnumSet.of(quirk), n));
      }
    }
    return cases;
  }

  /** {@code count} random combinations of four to eight quirks per layout, over the reports. */
  static List<VariantCase> combined(Map<String, AnnualReport> reports, int count, long seed) {
    List<Map.Entry<String, AnnualReport>> entries = new ArrayList<>(reports.entrySet());
    Random random = new Random(seed);
    List<VariantCase> cases = new ArrayList<>();
    int n = 0;
    for (Layout layout : Layout.values()) {
      for (int i = 0; i < count; i++) {
        Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);
        int size = 4 + random.nextInt(5);
        while (quirks.size() < size) {
          quirks.add(Quirk.values()[random.nextInt(Quirk.values().length)]);
        }
        cases.add(of(entries.get(n++ % entries.size()), layout, quirks, n + seed * 1000));
      }
    }
    return cases;
  }

  private static VariantCase of(
      Map.Entry<String, AnnualReport> report, Layout layout, Set<Quirk> quirks, long seed) {
    return new VariantCase(report.getKey(), report.getValue(), new Variant(layout, quirks, seed));
  }
}
