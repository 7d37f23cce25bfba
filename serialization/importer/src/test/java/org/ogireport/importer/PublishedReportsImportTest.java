package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.SectionId;
import org.ogireport.json.ReportJson;
import org.ogireport.testing.Fixtures;

/**
 * Every published report we have, the seeds and the real reports, imports to its hand-checked
 * JSON cell for cell: organ, year, edition and every cell of the three tables. A cell no rule of
 * the form can decide from the printed text is named in {@link #UNDECIDABLE}; the test asserts
 * that it is blank and that a diagnostic names it. Silently wrong cells (a number read that is
 * not the printed one) are counted apart from blanks, and must be none.
 *
 * <p>The files are found by listing the folders, so a report added there is tested with no
 * change here.
 */
class PublishedReportsImportTest {

  /**
   * Cells the printed text leaves undecided, by file: pingtan-2019 prints its table 二 as digit
   * runs ({@code 规范性文件898989}, {@code 行政许可3960181}) that no rule of the 2019 form ties down
   * (its hand-checked JSON was decided with the page's HTML); only {@code 规章000} has one split.
   */
  static final Map<String, List<String>> UNDECIDABLE = Map.of(
      "pingtan-2019", List.of(
          "proactiveDisclosure.normativeDocuments.newlyMade",
          "proactiveDisclosure.normativeDocuments.newlyPublished",
          "proactiveDisclosure.normativeDocuments.totalPublished",
          "proactiveDisclosure.licensing.previousYear",
          "proactiveDisclosure.licensing.change",
          "proactiveDisclosure.licensing.decisions",
          "proactiveDisclosure.otherServices.previousYear",
          "proactiveDisclosure.otherServices.change",
          "proactiveDisclosure.otherServices.decisions",
          "proactiveDisclosure.penalties.previousYear",
          "proactiveDisclosure.penalties.change",
          "proactiveDisclosure.penalties.decisions",
          "proactiveDisclosure.compulsion.previousYear",
          "proactiveDisclosure.compulsion.change",
          "proactiveDisclosure.compulsion.decisions",
          "proactiveDisclosure.fees.previousYear",
          "proactiveDisclosure.fees.change",
          "proactiveDisclosure.procurement.projects",
          "proactiveDisclosure.procurement.amount"));

  /**
   * Reports refused when run together: kewei-2024 is a Markdown conversion, whose many {@code |}
   * rows on one line are taken for a table already laid out (no crawler's page looks so).
   */
  static final Set<String> REFUSED_RUN_TOGETHER = Set.of("realworld/kewei-2024");

  private static final ReportJson JSON = ReportJson.standard();
  private static final Map<String, ImportScore> SCORES = new TreeMap<>();

  static Stream<String> reports() {
    return Stream.concat(names(SeedReports.SEEDS, ".txt").stream().map(n -> "seeds/" + n),
        names(SeedReports.REALWORLD, ".txt").stream().map(n -> "realworld/" + n));
  }

  private static List<String> names(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hand-checked report of a file ({@code seeds/000_…}, {@code realworld/hongze-2023}). */
  static AnnualReport expected(String file) throws IOException {
    String name = file.substring(file.indexOf('/') + 1);
    if (file.startsWith("seeds/")) {
      return Fixtures.seed(name);
    }
    return JSON.read(Files.readString(SeedReports.REALWORLD.resolve(name + ".expected.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void importsToItsHandCheckedJsonCellForCell(String file) throws IOException {
    String name = file.substring(file.indexOf('/') + 1);
    AnnualReport expected = expected(file);
    ImportResult result;
    try {
      result = SeedReports.read(SeedReports.SEEDS.getParent().resolve(file + ".txt"));
    } catch (ReportFormatException e) {
      SCORES.put(file, ImportScore.of(expected, null));
      throw e;
    }
    ImportScore score = ImportScore.of(expected, result);
    SCORES.put(file, score);
    List<String> undecidable = UNDECIDABLE.getOrDefault(name, List.of());
    assertEquals(expected.getOrgan(), result.getReport().getOrgan(), "organ");
    assertEquals(expected.getYear(), result.getReport().getYear(), "year");
    assertEquals(expected.getEdition(), result.getReport().getEdition(), "edition");
    assertEquals(List.of(), score.silent(), () -> "silently wrong cells; diagnostics: "
        + result.getDiagnostics());
    assertEquals(List.of(), score.blanks().stream()
            .filter(b -> !undecidable.contains(b.path()) || !b.named()).toList(),
        () -> "cells blank that should be read, or undecidable cells without their diagnostic; "
            + "diagnostics: " + result.getDiagnostics());
    List<String> decided = new ArrayList<>(undecidable);
    decided.removeAll(score.blanks().stream().map(ImportScore.Blank::path).toList());
    assertEquals(List.of(), decided, "cells named undecidable but read: the list is out of date");
  }

  /**
   * Every published report's narrative sections read as the hand-checked fixtures of
   * ogi-report-testing carry them, text for text (kewei-2024 prints section 五 without its
   * heading: it starts at its first sub-heading, （一）主要问题).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void itsSectionsReadAsTheHandCheckedFixtureCarriesThem(String file) throws IOException {
    String name = file.substring(file.indexOf('/') + 1);
    AnnualReport fixture =
        file.startsWith("seeds/") ? Fixtures.seed(name) : Fixtures.realWorld(name);
    AnnualReport read =
        SeedReports.read(SeedReports.SEEDS.getParent().resolve(file + ".txt")).getReport();
    for (SectionId id : SectionId.values()) {
      assertEquals(fixture.getSections().get(id), read.getSections().get(id), id::toString);
    }
  }

  /**
   * Every published report as a crawler's page runs it together, with all white space removed, each
   * run of it made one space, or only its line breaks gone (tabs between cells kept): whatever the importer can read of it, no cell is silently
   * wrong. (The digits of a row and a page footer such as {@code - 4 -} run into one another here:
   * {@code 3000003-4-} fits the cells one way only, 3000 0 0 3 - 4 -, a split the row's total
   * refuses, so the row stays blank.) Every report is read but those of
   * {@link #REFUSED_RUN_TOGETHER}, which are refused with a {@link ReportFormatException}, never
   * read wrongly.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void runTogetherAsACrawlerCopiesItNoCellIsSilentlyWrong(String file) throws IOException {
    AnnualReport expected = expected(file);
    String text = Files.readString(SeedReports.SEEDS.getParent().resolve(file + ".txt"));
    ReportImporter importer = ReportImporter.builder().build();
    for (String page : List.of(text.replaceAll("\\s+", ""), text.replaceAll("\\s+", " "),
        text.replaceAll("\\n+", " "), text.replaceAll(" *\\n *", ""))) {
      ImportResult result;
      try {
        result = importer.read(page, file);
      } catch (ReportFormatException refused) {
        assertTrue(REFUSED_RUN_TOGETHER.contains(file), () -> file + " refused: " + refused);
        continue;
      }
      assertFalse(REFUSED_RUN_TOGETHER.contains(file), file + " is read now: update the list");
      ImportScore score = ImportScore.of(expected, result);
      assertEquals(List.of(), score.silent(), () -> "silently wrong cells; diagnostics: "
          + result.getDiagnostics());
    }
  }

  @AfterAll
  static void printScores() {
    System.out.println(ImportScore.table(SCORES));
  }
}
