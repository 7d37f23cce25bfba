package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;

/**
 * Every published report we have, as each family of {@link CopyNoise} copies it: no cell is
 * silently wrong, the organ, the year and the edition are the printed ones, and every report is
 * read (none refused but those {@link #REFUSED} names, with the reason they are). A copy that
 * loses nothing a reader needs reads as well as the report itself: blank only in the cells
 * {@link PublishedReportsImportTest#UNDECIDABLE} names; the families of {@link #LOSSY} may leave
 * more cells blank, each named by a diagnostic.
 */
class NoisyCopiesImportTest {

  /** Copies refused, by family and file, with why: none today. */
  static final Map<CopyNoise, Set<String>> REFUSED = Map.of();

  /**
   * Families whose copies may leave cells blank that the report itself reads: Word's enclosed
   * numerals ({@code ㈠}, {@code ⒈}) in a crawler's page run together on one line, where the
   * labels' numbers are what tells a row's label from the digits of the row before
   * (pingtan-2019 and pingtan-2022 so copied leave some rows blank, named); the importer does
   * not read enclosed numerals, which PDF text of Word's automatic numbering shows but no page
   * we have.
   */
  static final Set<CopyNoise> LOSSY = EnumSet.of(CopyNoise.ENCLOSED_NUMBERING);

  private static final Map<CopyNoise, List<String>> SURVEY = new EnumMap<>(CopyNoise.class);

  static Stream<Arguments> copies() {
    return Stream.of(CopyNoise.values()).flatMap(noise -> PublishedReportsImportTest.reports()
        .map(file -> Arguments.of(noise, file)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("copies")
  void aNoisyCopyReadsWithNoCellSilentlyWrong(CopyNoise noise, String file) throws IOException {
    AnnualReport expected = PublishedReportsImportTest.expected(file);
    String text = noise.apply(
        Files.readString(SeedReports.SEEDS.getParent().resolve(file + ".txt")));
    ImportResult result;
    try {
      result = SeedReports.IMPORTER.read(text, file);
    } catch (ReportFormatException refused) {
      record(noise, file + " refused: " + refused.getMessage());
      assertTrue(REFUSED.getOrDefault(noise, Set.of()).contains(file),
          () -> file + " refused: " + refused);
      return;
    }
    assertFalse(REFUSED.getOrDefault(noise, Set.of()).contains(file),
        file + " is read now: update the list");
    ImportScore score = ImportScore.of(expected, result);
    record(noise, String.format("%s right %d blank %d (named %d) silent %d %s", file,
        score.right(), score.blanks().size(), score.namedBlanks(), score.silent().size(),
        score.silent().isEmpty() ? "" : score.silent()));
    assertEquals(List.of(), score.silent(), () -> "silently wrong cells; diagnostics: "
        + result.getDiagnostics());
    assertEquals(expected.getOrgan(), result.getReport().getOrgan(), "organ");
    assertEquals(expected.getYear(), result.getReport().getYear(), "year");
    assertEquals(expected.getEdition(), result.getReport().getEdition(), "edition");
    assertEquals(List.of(), score.blanks().stream().filter(b -> !b.named()).toList(),
        "blank cells no diagnostic names");
    if (!LOSSY.contains(noise)) {
      String name = file.substring(file.indexOf('/') + 1);
      assertEquals(PublishedReportsImportTest.UNDECIDABLE.getOrDefault(name, List.of()),
          score.blanks().stream().map(ImportScore.Blank::path).toList(),
          () -> "cells the report itself reads are blank; diagnostics: "
              + result.getDiagnostics());
    }
    if (noise == CopyNoise.RADICAL_GLYPHS) {
      assertTrue(result.getDiagnostics().stream()
          .anyMatch(d -> d.getCode().equals(DiagnosticCode.RADICAL_GLYPHS.name())));
    }
  }

  /** Each family changes the text of some report, so that its test can fail. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(CopyNoise.class)
  void eachFamilyChangesSomeReport(CopyNoise noise) {
    assertTrue(PublishedReportsImportTest.reports().anyMatch(file -> {
      try {
        String text = Files.readString(SeedReports.SEEDS.getParent().resolve(file + ".txt"));
        return !noise.apply(text).equals(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), noise + " changes no report");
  }

  private static synchronized void record(CopyNoise noise, String line) {
    SURVEY.computeIfAbsent(noise, n -> new ArrayList<>()).add(line);
  }

  @AfterAll
  static void printSurvey() {
    SURVEY.forEach((noise, lines) -> {
      System.out.println("== " + noise);
      lines.stream().sorted().forEach(l -> System.out.println("  " + l));
    });
  }
}
