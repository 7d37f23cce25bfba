package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.Fixtures;
import org.ogireport.json.format.RandomReports;
import org.ogireport.json.format.ReportPojos;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;

class FixtureRoundTripTest {

  private final ReportJson json = ReportJson.standard();

  static Stream<String> fixtures() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readThenWriteGivesTheSameBytes(String name) {
    byte[] original = Fixtures.bytes(name);
    String written = json.write(json.read(original));
    assertArrayEquals(original, written.getBytes(StandardCharsets.UTF_8), name);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void compactLineReadsBackEqual(String name) {
    AnnualReport report = json.read(Fixtures.text(name));
    String line = json.writeCompact(report);
    assertFalse(line.contains("\n"), line);
    assertEquals(report, json.read(line));
  }

  @Test
  void realWorldFixturesAreTheSharedExpectedJsonUnchanged() {
    for (String name : Fixtures.REAL_WORLD) {
      String base = name.substring(name.indexOf('/') + 1);
      assertArrayEquals(
          Fixtures.resource("/org/ogireport/testing/published/realworld/" + base + ".expected.json"), Fixtures.bytes(name),
          name);
    }
  }

  @Test
  void seed000KeepsItsProcurementInYuanAndItsPublicationDate() {
    AnnualReport r = json.read(Fixtures.bytes("seeds/000_b780817e18a3daa1"));
    ProactiveDisclosure2019 t = (ProactiveDisclosure2019) r.getProactiveDisclosure();
    assertEquals(Edition.V2019, r.getEdition());
    assertEquals("重庆市合川区信访办", r.getOrgan());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 22)), r.getPublishedOn());
    assertEquals(Count.of(2), t.getCount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS));
    assertEquals(Amount.of(new BigDecimal("68000"), MoneyUnit.YUAN),
        t.getAmount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT));
    assertEquals(Count.of(1),
        t.getCount(Disclosure2019Row.NORMATIVE_DOCUMENTS, Disclosure2019Column.NEWLY_MADE));
    assertEquals(Optional.of("无"), r.getSections().getOtherMatters());
  }

  @Test
  void seed001KeepsItsEightGrantedApplicationsAndOneCorrectedReview() {
    AnnualReport r = json.read(Fixtures.bytes("seeds/001_78cf330bb6c558ff"));
    assertEquals("重庆市涪陵区人民政府机关", r.getOrgan());
    assertEquals(2020, r.getYear());
    assertEquals(Optional.empty(), r.getPublishedOn());
    assertEquals(Count.of(8), r.getApplications().getCount(ApplicationRow.GRANTED, Applicant.TOTAL));
    assertEquals(Count.of(1),
        r.getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.CORRECTED));
    assertEquals(Amount.of(new BigDecimal("91.82"), MoneyUnit.WAN_YUAN),
        ((ProactiveDisclosure2019) r.getProactiveDisclosure())
            .getAmount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT));
  }

  @Test
  void seed002HasABareProcurementAmountAndNoSectionSix() {
    AnnualReport r = json.read(Fixtures.bytes("seeds/002_48a57cdf3499fdc3"));
    assertEquals(Amount.ofUnknownUnit(new BigDecimal("0")),
        ((ProactiveDisclosure2019) r.getProactiveDisclosure())
            .getAmount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT));
    assertEquals(Optional.empty(), r.getSections().getOtherMatters());
  }

  @Test
  void seed004IsA2021ReportWithFeesInWanYuan() {
    AnnualReport r = json.read(Fixtures.bytes("seeds/004_769736e4f7e1b172"));
    assertEquals(Edition.V2021, r.getEdition());
    assertEquals(Optional.of(LocalDate.of(2023, 1, 30)), r.getPublishedOn());
    assertEquals(Amount.of(new BigDecimal("0"), MoneyUnit.WAN_YUAN),
        ((ProactiveDisclosure2021) r.getProactiveDisclosure())
            .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT));
  }

  @Test
  void moneyKeepsItsPrintedScale() {
    AnnualReport r = json.read(Fixtures.bytes("realworld/huaian-2024"));
    Amount fees = ((ProactiveDisclosure2021) r.getProactiveDisclosure())
        .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT);
    assertEquals(new BigDecimal("96171.6"), fees.getValue());
    assertEquals(1, fees.getValue().scale());
  }
}
