package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.json.ReportJson;

/**
 * With the organ's report of the year before ({@link ReportImporter#withPrevious}), the series
 * rules split table 二's digit runs that no rule of this year's form decides; without it they
 * stay blank with their candidates. A report of another year is not taken as last year's.
 */
class PreviousYearImportTest {

  private static final ReportImporter IMPORTER = ReportImporter.builder().build();

  private static AnnualReport expected(String name) throws IOException {
    return ReportJson.standard()
        .read(Files.readString(SeedReports.REALWORLD.resolve(name + ".expected.json")));
  }

  /**
   * pingtan-2019 prints table 二 as runs ({@code 行政许可3960181}): with last year's 上一年项目数量
   * and 本年增/减 adding up to this year's 上一年项目数量 (SERIES-PROJECTS), the run's first cell is
   * known and the rest splits one way ({@code 0181} → 0, 181).
   */
  @Test
  void lastYearsProjectsSplitTheRunsOfThe2019Table二() throws IOException {
    Report2019 report = (Report2019) expected("pingtan-2019");
    ProactiveDisclosure2019.Builder last =
        ProactiveDisclosure2019.builder().from(report.getProactiveDisclosure());
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getColumns().contains(Disclosure2019Column.PREVIOUS_YEAR)) {
        long projects = report.getProactiveDisclosure()
            .getCount(row, Disclosure2019Column.PREVIOUS_YEAR).getValue();
        long change = Math.min(projects, 3);
        last.set(row, Disclosure2019Column.PREVIOUS_YEAR, projects - change)
            .set(row, Disclosure2019Column.CHANGE, change);
      }
    }
    AnnualReport lastYear = Report2019.builder().from(report).year(report.getYear() - 1)
        .proactiveDisclosure(last.build()).build();
    String page = Files.readString(SeedReports.REALWORLD.resolve("pingtan-2019.txt"));

    ImportResult alone = IMPORTER.read(page);
    ImportResult withLastYear = IMPORTER.withPrevious(lastYear).read(page);

    ImportScore before = ImportScore.of(report, alone);
    ImportScore after = ImportScore.of(report, withLastYear);
    assertEquals(List.of(), after.silent());
    assertEquals(List.of(
            "proactiveDisclosure.normativeDocuments.newlyMade",
            "proactiveDisclosure.normativeDocuments.newlyPublished",
            "proactiveDisclosure.normativeDocuments.totalPublished",
            "proactiveDisclosure.procurement.projects",
            "proactiveDisclosure.procurement.amount"),
        after.blanks().stream().map(ImportScore.Blank::path).toList(),
        "no series rule ties 规范性文件 or 政府集中采购 to last year");
    assertTrue(before.blanks().size() > after.blanks().size());
    assertTrue(withLastYear.getDiagnostics().stream().anyMatch(d ->
            d.getCode().equals(DiagnosticCode.RUN_TOGETHER_RECOVERED.name())
                && d.getLocation().getPath().equals("proactiveDisclosure.licensing")
                && d.getArguments().get("rules").toString().contains("SERIES-PROJECTS")),
        () -> withLastYear.getDiagnostics().toString());
  }

  /**
   * huaian-2024 with its 行政规范性文件 row printed as one run ({@code 82666}): this year's rules
   * leave several splits; last year's 现行有效件数 (SERIES-IN-FORCE) leaves one.
   */
  @Test
  void lastYearsInForceSplitsARunOfThe2021Table二() throws IOException {
    Report2021 report = (Report2021) expected("huaian-2024");
    String printed = Files.readString(SeedReports.REALWORLD.resolve("huaian-2024.txt"));
    assertTrue(printed.contains("行政规范性文件 8 26 66\n"));
    String page = printed.replace("行政规范性文件 8 26 66\n", "行政规范性文件 82666\n");
    ProactiveDisclosure2021 disclosure = report.getProactiveDisclosure();
    long inForceLastYear = Stream.of(Disclosure2021Column.IN_FORCE, Disclosure2021Column.REPEALED)
        .mapToLong(c -> disclosure.getCount(Disclosure2021Row.NORMATIVE_DOCUMENTS, c).getValue())
        .sum() - disclosure.getCount(Disclosure2021Row.NORMATIVE_DOCUMENTS,
            Disclosure2021Column.ISSUED).getValue();
    AnnualReport lastYear = Report2021.builder().from(report).year(report.getYear() - 1)
        .proactiveDisclosure(ProactiveDisclosure2021.builder().from(disclosure)
            .set(Disclosure2021Row.NORMATIVE_DOCUMENTS, Disclosure2021Column.IN_FORCE,
                inForceLastYear).build())
        .build();

    ImportScore alone = ImportScore.of(report, IMPORTER.read(page));
    ImportResult withLastYear = IMPORTER.withPrevious(lastYear).read(page);

    assertEquals(List.of(), alone.silent());
    assertEquals(3, alone.blanks().stream().filter(ImportScore.Blank::named).count(),
        () -> "the run splits several ways without last year: " + alone.blanks());
    ImportScore after = ImportScore.of(report, withLastYear);
    assertEquals(List.of(), after.silent());
    assertEquals(List.of(), after.blanks());
    assertTrue(withLastYear.getDiagnostics().stream().anyMatch(d ->
            d.getCode().equals(DiagnosticCode.RUN_TOGETHER_RECOVERED.name())
                && d.getArguments().get("rules").toString().contains("SERIES-IN-FORCE")),
        () -> withLastYear.getDiagnostics().toString());
  }

  @Test
  void aReportOfAnotherYearIsNotTakenAsLastYears() throws IOException {
    Report2021 report = (Report2021) expected("huaian-2024");
    String page = Files.readString(SeedReports.REALWORLD.resolve("huaian-2024.txt"))
        .replace("行政规范性文件 8 26 66\n", "行政规范性文件 82666\n");

    ImportResult result = IMPORTER.withPrevious(report).read(page);

    ImportScore score = ImportScore.of(report, result);
    assertEquals(List.of(), score.silent());
    assertEquals(3, score.blanks().size());
    assertTrue(result.getDiagnostics().stream()
        .anyMatch(d -> d.getCode().equals(DiagnosticCode.PREVIOUS_NOT_LAST_YEAR.name())
            && d.getArguments().equals(Map.of("previousYear", 2024, "year", 2024))),
        result.getDiagnostics()::toString);
  }
}
