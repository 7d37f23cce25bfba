package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.diagnostic.Sides;

/** The one JSON form of a diagnostic: keys in order, each only when it applies, cells as the report JSON writes them. */
class DiagnosticJsonTest {

  private static final CellSlot<Disclosure2021Row, Disclosure2021Column> FEES = TableLayout.proactiveDisclosure2021()
      .getSlot(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT);

  @Test
  void aRuleViolationHasItsSidesAndCellsWithMoneyInItsUnit() {
    var carried = TableLayout.applications(Edition.V2021)
        .getSlot(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL);
    Diagnostic d = Diagnostic.builder("TEST-RULE", Severity.ERROR)
        .location(Location.of(FEES))
        .cell(FEES, Amount.of(new BigDecimal("-7730.28"), MoneyUnit.WAN_YUAN))
        .cell(carried, Count.blank())
        .sides(Sides.of(new BigDecimal("-7730.28"), BigDecimal.ZERO))
        .message("收费为负", "fees are negative")
        .build();
    assertEquals("{\"code\":\"TEST-RULE\",\"severity\":\"error\","
            + "\"path\":\"proactiveDisclosure.fees.amount\",\"message\":\"fees are negative\","
            + "\"left\":-7730.28,\"right\":0,\"difference\":-7730.28,"
            + "\"cells\":{\"proactiveDisclosure.fees.amount\":{\"value\":-7730.28,\"unit\":\"万元\"},"
            + "\"applications.carriedForward.total\":null}}",
        DiagnosticJson.toJson(d, Locale.ENGLISH));
    assertTrue(DiagnosticJson.toJson(d, Locale.SIMPLIFIED_CHINESE).contains("\"message\":\"收费为负\""));
  }

  @Test
  void aMarkerAndAMoneyOfUnknownUnitAreWrittenAsInTheReport() {
    Diagnostic d = Diagnostic.builder("X", Severity.WARNING)
        .cell(FEES, Amount.ofUnknownUnit(new BigDecimal("5")))
        .message("x", "x")
        .build();
    assertEquals("{\"code\":\"X\",\"severity\":\"warning\",\"message\":\"x\","
            + "\"cells\":{\"proactiveDisclosure.fees.amount\":{\"value\":5,\"unit\":null}}}",
        DiagnosticJson.toJson(d, Locale.ENGLISH));
    Diagnostic marker = Diagnostic.builder("X", Severity.WARNING)
        .cell(FEES, Amount.marker()).message("x", "x").build();
    assertTrue(DiagnosticJson.toJson(marker, Locale.ENGLISH)
        .endsWith("\"cells\":{\"proactiveDisclosure.fees.amount\":\"/\"}}"));
  }

  @Test
  void aSeriesYearAndAnInputPositionAreKeysOfTheirOwn() {
    Diagnostic series = Diagnostic.builder("SERIES-X", Severity.INFO)
        .location(Location.of(ReportField.PROBLEMS).inYear(2024))
        .message("跳过", "skipped")
        .build();
    assertEquals("{\"code\":\"SERIES-X\",\"severity\":\"info\",\"path\":\"sections.problems\","
        + "\"year\":2024,\"message\":\"skipped\"}", DiagnosticJson.toJson(series, Locale.ENGLISH));
    Diagnostic unreadable =
        new ReportFormatException("a.json", 3, 7, "year", "expected a year", null).getDiagnostic();
    assertEquals("{\"code\":\"UNREADABLE\",\"severity\":\"error\",\"source\":\"a.json\","
            + "\"path\":\"year\",\"line\":3,\"column\":7,\"message\":\"expected a year\"}",
        DiagnosticJson.toJson(unreadable, Locale.ENGLISH));
  }
}
