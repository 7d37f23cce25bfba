package org.ogireport.importer.variants;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.importer.ImportResult;
import org.ogireport.importer.ImportScore;
import org.ogireport.importer.ReportImporter;

/**
 * The seeds, the real reports and generated reports, drawn as HTML in each {@link HtmlShape} government sites
 * use, import back with their organ, year and edition, no cell silently wrong and every blank
 * cell named by a diagnostic.
 */
class HtmlShapeImportTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, AnnualReport> reports = SourceReports.all(8);
    for (HtmlShape shape : HtmlShape.values()) {
      long seed = 100; // the survey's seeds: a case it prints is a case here
      for (Map.Entry<String, AnnualReport> e : reports.entrySet()) {
        cases.add(Arguments.of(shape, e.getKey(), e.getValue(), seed++));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void readsBackWithNoCellSilentlyWrongAndEveryBlankNamed(
      HtmlShape shape, String name, AnnualReport source, long seed) {
    Variant variant = shape.variant(seed);
    AnnualReport published = VariantMaker.published(source, variant);
    String html = page(published, shape, variant);
    ImportResult result;
    try {
      result = IMPORTER.readHtml(html);
    } catch (ReportFormatException e) {
      throw new AssertionError(shape + " " + name + " refused: " + e.getMessage(), e);
    }
    ImportScore score = ImportScore.of(published, result);
    AnnualReport read = result.getReport();
    assertAll(
        () -> assertEquals(published.getEdition(), read.getEdition(), "edition"),
        () -> assertEquals(published.getOrgan(), read.getOrgan(), "organ"),
        () -> assertEquals(published.getYear(), read.getYear(), "year"),
        () -> assertEquals(List.of(), score.silent(), "silently wrong"),
        () -> assertEquals(List.of(), score.blanks().stream().filter(b -> !b.named())
            .map(ImportScore.Blank::toString).toList(), "blank without a diagnostic"),
        () -> assertEquals(score.total(), score.right() + score.blanks().size(),
            "cells right or blank"));
  }

  /** The page of a published report in a shape. */
  static String page(AnnualReport published, HtmlShape shape, Variant variant) {
    Random random = new Random(variant.seed());
    Printer printer = new Printer(variant, random);
    FormGrids grids = new FormGrids(printer);
    List<Grid> tables = List.of(
        grids.disclosure(published),
        grids.applications((org.ogireport.core.Applications) published.getTables().get(1), -1,
            false),
        grids.review((org.ogireport.core.ReviewAndLitigation) published.getTables().get(2)));
    return new HtmlShapePage(shape, random).render(published, tables);
  }
}
