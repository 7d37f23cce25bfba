package org.ogireport.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.samples.Samples;

class ReportSeriesTest {

  private static Report2021 hongze(int year) {
    return ImmutableReport2021.copyOf(Samples.hongze2024()).withYear(year);
  }

  @Test
  void reportsGivenInAnyOrderAreSortedByYear() {
    Report2021 y2023 = Samples.hongze2023();
    Report2021 y2024 = Samples.hongze2024();
    ReportSeries series = ReportSeries.of(y2024, y2023);
    assertEquals(List.of(y2023, y2024), series.getReports());
    assertEquals("淮安市洪泽区人民政府", series.getOrgan());
    assertEquals(2023, series.getFirstYear());
    assertEquals(2024, series.getLastYear());
    assertSame(y2024, series.get(2024).orElseThrow());
    assertTrue(series.get(2022).isEmpty());
    assertTrue(series.get(2025).isEmpty());
    assertEquals(1, series.getSteps().size());
    assertSame(y2023, series.getSteps().get(0).getPrevious());
    assertSame(y2024, series.getSteps().get(0).getCurrent());
    assertFalse(series.getSteps().get(0).isEditionChange());
    assertTrue(series.getSteps().get(0).isBoth(Edition.V2021));
  }

  @Test
  void aSingleReportIsASeriesWithoutSteps() {
    ReportSeries series = ReportSeries.of(Samples.seed004());
    assertEquals(2022, series.getFirstYear());
    assertEquals(2022, series.getLastYear());
    assertTrue(series.getSteps().isEmpty());
  }

  @Test
  void theEditionChangeFrom2020To2021IsAllowed() {
    Report2019 y2020 = Samples.seed001();
    AnnualReport y2021 = AnnualReport.blank(Edition.V2021, " 重庆市涪陵区人民政府办公室 ", 2021);
    ReportSeries series = ReportSeries.of(List.of(y2021, y2020));
    assertTrue(series.getSteps().get(0).isEditionChange());
    assertFalse(series.getSteps().get(0).isBoth(Edition.V2019));
  }

  @Test
  void anEmptySeriesIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReportSeries.of(List.of()));
    assertEquals("a report series needs at least one report", e.getMessage());
  }

  @Test
  void twoOrgansAreRefusedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportSeries.of(Samples.hongze2023(),
            ImmutableReport2021.copyOf(Samples.huaian2024())));
    assertEquals(
        "a report series is of one organ: the 2024 report is of '淮安市人民政府', the 2023 report of "
            + "'淮安市洪泽区人民政府'",
        e.getMessage());
  }

  @Test
  void aYearTwiceIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportSeries.of(hongze(2023), hongze(2024), hongze(2023)));
    assertEquals("a report series has one report per year: 2023 appears twice", e.getMessage());
  }

  @Test
  void aMissingYearIsRefusedNamingTheGap() {
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> ReportSeries.of(hongze(2021), hongze(2023)));
    assertEquals(
        "the years of a series are consecutive: 2021 is followed by 2023, 2022 missing",
        one.getMessage());
    IllegalArgumentException three = assertThrows(IllegalArgumentException.class,
        () -> ReportSeries.of(hongze(2021), hongze(2022), hongze(2026)));
    assertEquals(
        "the years of a series are consecutive: 2022 is followed by 2026, 2023–2025 missing",
        three.getMessage());
  }

  @Test
  void theBuilderRefusesReportsOutOfOrder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImmutableReportSeries.builder().addReports(hongze(2024), hongze(2023)).build());
    assertEquals(
        "the reports of a series are in year order: 2024 comes before 2023 (ReportSeries.of sorts"
            + " them)",
        e.getMessage());
  }

  @Test
  void aYearStepJoinsConsecutiveYearsOnly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> YearStep.of(hongze(2024), hongze(2023)));
    assertEquals("a year step joins consecutive years, got 2024 and 2023", e.getMessage());
  }
}
