package org.ogireport.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;

class DiagnosticTest {

  private static final CellSlot<ApplicationRow, Applicant> CARRIED_OVER_TOTAL =
      TableLayout.applications(Edition.V2021).getSlot(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);

  private static final MessageBundle BUNDLE = MessageBundle.of(
      bundle("SUM", "{cell}：填报 {left}，计算 {right}（相差 {difference}）"),
      bundle("SUM", "{cell}: printed {left}, computed {right} (difference {difference}), {kept}"));

  private static ListResourceBundle bundle(String key, String template) {
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{key, template}};
      }
    };
  }

  @Test
  void aCellLocationIsTypedAndHasTheCellsJsonPath() {
    Location at = Location.of(CARRIED_OVER_TOTAL);
    assertEquals("applications.carriedOver.total", at.getPath());
    assertEquals(CARRIED_OVER_TOTAL, at.getCell().orElseThrow());
    assertEquals(TableId.APPLICATIONS, at.getTable().orElseThrow());
    assertEquals(ApplicationRow.CARRIED_OVER, at.getRow().orElseThrow());
    assertTrue(at.getField().isEmpty());
    assertTrue(at.getYear().isEmpty());
  }

  @Test
  void rowFieldAndRawPathLocationsSayWhatTheyAre() {
    assertEquals("applications.outcomes.withheld.stateSecret",
        Location.of(TableId.APPLICATIONS, ApplicationRow.WITHHELD_STATE_SECRET).getPath());
    assertEquals("sections.problems", Location.of(ReportField.PROBLEMS).getPath());
    assertEquals(ReportField.PROBLEMS, Location.of(ReportField.PROBLEMS).getField().orElseThrow());
    assertEquals("applications.fooBar", Location.ofPath("applications.fooBar").getPath());
    assertEquals(Location.report(), Location.ofPath(""));
    assertEquals(Location.report(), Location.of(ReportField.REPORT));
  }

  @Test
  void yearAndInputPositionAreAddedWithoutLosingThePlace() {
    Location at = Location.of(CARRIED_OVER_TOTAL).inYear(2024).at("a.jsonl", 3, 7);
    assertEquals(2024, at.getYear().getAsInt());
    assertEquals("a.jsonl", at.getSource().orElseThrow());
    assertEquals(3, at.getLine());
    assertEquals(7, at.getColumn());
    assertEquals(CARRIED_OVER_TOTAL, at.getCell().orElseThrow());
    assertEquals("a.jsonl:3:7 2024: applications.carriedOver.total", at.toString());
    assertEquals("line 12: organ", Location.of(ReportField.ORGAN).at(null, 12, 0).toString());
    assertThrows(IllegalArgumentException.class, () -> at.inYear(0));
    assertThrows(IllegalArgumentException.class, () -> at.at("x", -1, 0));
  }

  @Test
  void messagesComeFromTheBundleInBothLanguagesWithSidesAndArgumentsFilledIn() {
    Diagnostic d = Diagnostic.builder("APP-X", Severity.ERROR)
        .location(Location.of(CARRIED_OVER_TOTAL))
        .cell(CARRIED_OVER_TOTAL, Count.of(3))
        .sides(Sides.of(3, 5))
        .argument("cell", "表三 二、上年结转政府信息公开申请数量·总计")
        .message(BUNDLE, "SUM")
        .build();
    assertEquals("表三 二、上年结转政府信息公开申请数量·总计：填报 3，计算 5（相差 -2）",
        d.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertEquals(d.getMessage(Locale.SIMPLIFIED_CHINESE), d.getMessage(Locale.TRADITIONAL_CHINESE));
    assertEquals("表三 二、上年结转政府信息公开申请数量·总计: printed 3, computed 5 (difference -2), {kept}",
        d.getMessage(Locale.ENGLISH));
    assertEquals(d.getMessage(Locale.ENGLISH), d.getMessage(Locale.GERMAN));
    assertEquals(Map.of(Location.of(CARRIED_OVER_TOTAL), Count.of(3)), d.getCells());
    assertEquals(new BigDecimal(-2), d.getSides().orElseThrow().getDifference());
    assertEquals(List.of("cell"), List.copyOf(d.getArguments().keySet()));
    assertEquals("error APP-X applications.carriedOver.total: " + d.getMessage(Locale.ENGLISH),
        d.toString());
  }

  @Test
  void aDiagnosticMovedToAYearKeepsEverythingElse() {
    Diagnostic d = Diagnostic.builder("SERIES-CARRY", Severity.WARNING)
        .location(Location.of(CARRIED_OVER_TOTAL)).message("中", "en").build();
    Diagnostic moved = d.withLocation(d.getLocation().inYear(2024));
    assertEquals(2024, moved.getLocation().getYear().getAsInt());
    assertEquals(d.getCode(), moved.getCode());
    assertEquals("en", moved.getMessage(Locale.ROOT));
    assertFalse(d.equals(moved));
  }

  @Test
  void aSeriesRuleKeepsTheSameCellOfTwoYearsApart() {
    Diagnostic d = Diagnostic.builder("SERIES-CARRY", Severity.WARNING)
        .cell(Location.of(CARRIED_OVER_TOTAL).inYear(2023), Count.of(4))
        .cell(Location.of(CARRIED_OVER_TOTAL).inYear(2024), Count.of(5))
        .message("中", "en").build();
    assertEquals(List.of(Count.of(4), Count.of(5)), List.copyOf(d.getCells().values()));
  }

  @Test
  void aDiagnosticNeedsACodeAndAMessage() {
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.builder(" ", Severity.INFO));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Diagnostic.builder("X", Severity.INFO).build());
    assertEquals("diagnostic X has no message", e.getMessage());
  }

  @Test
  void severityCodesAreLowerCaseAndReadBack() {
    for (Severity s : Severity.values()) {
      assertEquals(s, Severity.ofCode(s.getCode()));
    }
    assertEquals("warning", Severity.WARNING.toString());
    assertEquals("unknown severity 'fatal': expected error, warning or info",
        assertThrows(IllegalArgumentException.class, () -> Severity.ofCode("fatal")).getMessage());
  }

  @Test
  void anUnreadableInputIsADiagnosticWithItsPosition() {
    ReportFormatException e = new ReportFormatException(
        "r.json", 12, 7, "applications.newReceived.total", "expected a whole number", null);
    Diagnostic d = e.getDiagnostic();
    assertEquals(ReportFormatException.UNREADABLE, d.getCode());
    assertEquals(Severity.ERROR, d.getSeverity());
    assertEquals("applications.newReceived.total", d.getLocation().getPath());
    assertEquals(12, d.getLocation().getLine());
    assertEquals("r.json:12:7: applications.newReceived.total", d.getLocation().toString());
    assertEquals("expected a whole number", d.getMessage(Locale.ENGLISH));
  }
}
