package org.ogireport.json.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
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
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;

/**
 * The JSON format as every Jackson module must read and write it, run by the Jackson 2 and the
 * Jackson 3 module each against its own mapper: the shared fixtures byte for byte, generated
 * reports both ways, any key order, and every refusal with its exact path, line, column and reason.
 *
 * <p>The refusals start from the canonical form of a fresh 2021 report with one change; its first
 * lines are:
 *
 * <pre>
 *  1 {
 *  2   "edition": "2021",
 *  3   "organ": "巫溪县信访办公室",
 *  4   "year": 2022,
 *  5   "proactiveDisclosure": {
 *  6     "rules": {
 *  7       "issued": 0,
 *  8       "repealed": 0,
 *  9       "inForce": 0
 * 10     },
 * </pre>
 */
public abstract class JsonFormatContract {

  /** What the suite needs of a Jackson module: a mapper with it registered, seen through this. */
  public interface Mapper {
    /**
     * Reads strictly through the mapper.
     *
     * @param json the text
     * @param type the type asked for
     * @param <T> the type asked for
     * @return the report
     * @throws Refused for what the module refuses
     */
    <T extends AnnualReport> T read(String json, Class<T> type);

    /**
     * The mapper's plain output.
     *
     * @param report a report
     * @return the compact JSON
     */
    String writeCompact(AnnualReport report);

    /**
     * The canonical form as the module's documentation says to write it.
     *
     * @param report a report
     * @return the canonical JSON
     */
    String writeCanonical(AnnualReport report);
  }

  /** The module's exception, reduced to what both Jackson versions carry. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;
    final int line;
    final int column;
    final String reason;

    /**
     * A refusal.
     *
     * @param path the report's JSON path
     * @param line the line
     * @param column the column
     * @param reason the reason
     */
    public Refused(String path, int line, int column, String reason) {
      super(line + ":" + column + ": " + path + ": " + reason);
      this.path = path;
      this.line = line;
      this.column = column;
      this.reason = reason;
    }
  }

  /**
   * The module under test.
   *
   * @return the mapper
   */
  protected abstract Mapper mapper();

  private AnnualReport read(String json) {
    return mapper().read(json, AnnualReport.class);
  }

  private String base() {
    return mapper().writeCanonical(AnnualReport.blank(Edition.V2021, "巫溪县信访办公室", 2022));
  }

  static List<String> fixtures() {
    return FixtureFiles.all();
  }

  static LongStream seeds() {
    return LongStream.range(0, 30);
  }

  static String replaceFirst(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  // ---- writing and reading back

  @ParameterizedTest
  @MethodSource("fixtures")
  void readThenWriteCanonicalGivesTheFixtureBytes(String name) {
    byte[] original = FixtureFiles.bytes(name);
    String written = mapper().writeCanonical(read(FixtureFiles.text(name)));
    assertArrayEquals(original, written.getBytes(StandardCharsets.UTF_8), name);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void compactLineReadsBackEqual(String name) {
    AnnualReport report = read(FixtureFiles.text(name));
    String line = mapper().writeCompact(report);
    assertFalse(line.contains("\n"), line);
    assertEquals(report, read(line));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyObjectWithItsKeysReversedReadsTheSameReport(String name) {
    AnnualReport report = read(FixtureFiles.text(name));
    String backwards = ReversedKeys.of(report);
    assertNotEquals(mapper().writeCompact(report), backwards);
    assertEquals(report, read(backwards));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedReportsReadBackEqualAndWriteTheSameTwice(long seed) {
    RandomReports reports = new RandomReports(seed);
    for (int i = 0; i < 10; i++) {
      AnnualReport report = reports.next();
      String canonical = mapper().writeCanonical(report);
      assertEquals(report, read(canonical), canonical);
      assertEquals(report, read(mapper().writeCompact(report)));
      assertEquals(canonical, mapper().writeCanonical(read(canonical)));
    }
  }

  @Test
  void theGeneratorCoversBothEditionsBlanksMarkersNegativesAndLongExtremes() {
    RandomReports reports = new RandomReports(7);
    Set<Edition> editions = EnumSet.noneOf(Edition.class);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      AnnualReport r = reports.next();
      editions.add(r.getEdition());
      all.append(mapper().writeCompact(r));
    }
    assertEquals(EnumSet.allOf(Edition.class), editions);
    for (String needle : new String[] {
        ":null", ":\"/\"", ":-", ":" + Long.MAX_VALUE, ":" + Long.MIN_VALUE, "\"unit\":null",
        "\"unit\":\"元\"", "\"unit\":\"万元\""}) {
      assertTrue(all.indexOf(needle) >= 0, needle);
    }
  }

  // ---- what the fixtures hold

  @Test
  void seed000KeepsItsProcurementInYuanAndItsPublicationDate() {
    AnnualReport r = read(FixtureFiles.text("seeds/000_b780817e18a3daa1"));
    ProactiveDisclosure2019 t = (ProactiveDisclosure2019) r.getProactiveDisclosure();
    assertEquals(Edition.V2019, r.getEdition());
    assertEquals("重庆市合川区信访办", r.getOrgan());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 22)), r.getPublishedOn());
    assertEquals(Count.of(2), t.getCount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS));
    assertEquals(Amount.of(new BigDecimal("68000"), MoneyUnit.YUAN),
        t.getAmount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT));
    assertEquals(Optional.of("无"), r.getSections().getOtherMatters());
  }

  @Test
  void seed001KeepsItsEightGrantedApplicationsAndOneCorrectedReview() {
    AnnualReport r = read(FixtureFiles.text("seeds/001_78cf330bb6c558ff"));
    assertEquals(2020, r.getYear());
    assertEquals(Optional.empty(), r.getPublishedOn());
    assertEquals(Count.of(8), r.getApplications().getCount(ApplicationRow.GRANTED, Applicant.TOTAL));
    assertEquals(Count.of(1),
        r.getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.CORRECTED));
  }

  @Test
  void seed002HasABareProcurementAmount() {
    AnnualReport r = read(FixtureFiles.text("seeds/002_48a57cdf3499fdc3"));
    assertEquals(Amount.ofUnknownUnit(new BigDecimal("0")),
        ((ProactiveDisclosure2019) r.getProactiveDisclosure())
            .getAmount(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT));
  }

  @Test
  void moneyKeepsItsPrintedScale() {
    AnnualReport r = read(FixtureFiles.text("realworld/huaian-2024"));
    Amount fees = ((ProactiveDisclosure2021) r.getProactiveDisclosure())
        .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT);
    assertEquals(new BigDecimal("96171.6"), fees.getValue());
    assertEquals(1, fees.getValue().scale());
  }

  @Test
  void anEditionTypeReadsOnlyItsEdition() {
    String text2021 = FixtureFiles.text("seeds/004_769736e4f7e1b172");
    assertEquals(2022, mapper().read(text2021, Report2021.class).getYear());
    Refused e = assertThrows(Refused.class, () -> mapper().read(text2021, Report2019.class));
    assertEquals("edition", e.path);
    assertEquals("expected a report of the 2019 edition, got \"2021\"", e.reason);
    assertEquals(2, e.line);
  }

  // ---- refusals, each with its path, line and column

  private void assertRefused(String input, int line, int column, String path, String reason) {
    Refused e = assertThrows(Refused.class, () -> read(input));
    assertEquals(reason, e.reason);
    assertEquals(path, e.path);
    assertEquals(line, e.line, "line");
    assertEquals(column, e.column, "column");
  }

  @Test
  void aCountGivenAsAStringIsRefused() {
    assertRefused(replaceFirst(base(), "\"issued\": 0", "\"issued\": \"3\""), 7, 17,
        "proactiveDisclosure.rules.issued", "expected a whole number, null or \"/\", got \"3\"");
  }

  @Test
  void aFractionIsNotACount() {
    assertRefused(replaceFirst(base(), "\"repealed\": 0", "\"repealed\": 1.5"), 8, 19,
        "proactiveDisclosure.rules.repealed", "expected a whole number, null or \"/\", got 1.5");
  }

  @Test
  void aBooleanIsNotACount() {
    assertRefused(replaceFirst(base(), "\"inForce\": 0", "\"inForce\": true"), 9, 18,
        "proactiveDisclosure.rules.inForce", "expected a whole number, null or \"/\", got true");
  }

  @Test
  void onlySlashIsAMarker() {
    assertRefused(replaceFirst(base(), "\"issued\": 0", "\"issued\": \"-\""), 7, 17,
        "proactiveDisclosure.rules.issued", "expected a whole number, null or \"/\", got \"-\"");
  }

  @Test
  void aCountBeyondLongIsOutOfRange() {
    assertRefused(replaceFirst(base(), "\"issued\": 0", "\"issued\": 9223372036854775808"), 7, 17,
        "proactiveDisclosure.rules.issued",
        "number out of range for a count (a long): 9223372036854775808");
  }

  @Test
  void theSmallestLongIsACount() {
    AnnualReport r = read(replaceFirst(base(), "\"issued\": 0", "\"issued\": -9223372036854775808"));
    assertEquals(Count.of(Long.MIN_VALUE), r.getProactiveDisclosure().getCells().get(0));
  }

  @Test
  void moneyBeyondTwentyDigitsIsOutOfRange() {
    assertRefused(replaceFirst(base(), "\"value\": 0", "\"value\": 1e999999999"), 27, 18,
        "proactiveDisclosure.fees.amount.value", "money out of range: at most 20 digits before "
            + "the decimal point and 10 after it, got 1e999999999");
  }

  @Test
  void aMissingCellIsReportedAtTheEndOfItsRow() {
    assertRefused(replaceFirst(base(), "\"repealed\": 0,\n      \"inForce\": 0", "\"repealed\": 0"),
        9, 5, "proactiveDisclosure.rules.inForce", "missing cell");
  }

  @Test
  void aMissingTableIsReportedAtTheEndOfTheReport() {
    String input = base().substring(0, base().indexOf(",\n  \"reviewAndLitigation\"")) + "\n}";
    assertRefused(input, input.split("\n").length, 1, "reviewAndLitigation", "missing table");
  }

  @Test
  void anUnknownFieldIsRefusedNamingTheKnownOnes() {
    assertRefused(replaceFirst(base(), "  \"year\": 2022,", "  \"year\": 2022,\n  \"note\": 1,"),
        5, 3, "note", "unknown field; expected one of edition, organ, year, publishedOn, sections, "
            + "proactiveDisclosure, applications, reviewAndLitigation");
  }

  @Test
  void anUnknownColumnIsRefusedNamingTheColumnsOfBothEditions() {
    assertRefused(replaceFirst(base(), "\"issued\": 0", "\"issud\": 0"), 7, 7,
        "proactiveDisclosure.rules.issud", "unknown field; expected one of newlyMade, "
            + "newlyPublished, totalPublished, issued, repealed, inForce");
  }

  @Test
  void aDuplicateKeyIsRefusedAtItsSecondOccurrence() {
    assertRefused(replaceFirst(base(), "  \"year\": 2022,", "  \"year\": 2022,\n  \"organ\": \"某局\","),
        5, 3, "organ", "duplicate field");
  }

  @Test
  void aCellRepeatedAfterItsSuccessorIsADuplicateAtItsOwnPosition() {
    String zeros = mapper().writeCompact(AnnualReport.blank(Edition.V2021, "（机关名称）", 2021));
    String input = replaceFirst(zeros, "\"reviewAndLitigation\":{\"review\":{\"upheld\":0,",
        "\"reviewAndLitigation\":{\"review\":{\"upheld\":0,\"corrected\":0,\"upheld\":7,");
    assertRefused(input, 1, input.indexOf("\"upheld\":7") + 1, "reviewAndLitigation.review.upheld",
        "duplicate field");
  }

  @Test
  void aCellOfTheOtherEditionIsRefused() {
    assertRefused(replaceFirst(base(), "\"fees\": {", "\"fees\": {\n        \"previousYear\": 0,"),
        26, 25, "proactiveDisclosure.fees.previousYear", "not a cell of the 2021 edition");
  }

  @Test
  void aBadEditionCodeIsRefused() {
    assertRefused(replaceFirst(base(), "\"2021\"", "\"2020\""), 2, 14, "edition",
        "unknown edition '2020': expected \"2019\" or \"2021\"");
  }

  @Test
  void aMissingEditionIsRefusedAtTheEndOfTheReport() {
    String input = replaceFirst(base(), "  \"edition\": \"2021\",\n", "");
    assertRefused(input, input.split("\n").length, 1, "edition", "missing field");
  }

  @Test
  void aYearGivenAsAStringIsRefused() {
    assertRefused(replaceFirst(base(), "2022", "\"2022\""), 4, 11, "year",
        "expected a year such as 2021, got \"2022\"");
  }

  @Test
  void moneyMustBeAnObjectWithValueAndUnit() {
    assertRefused(replaceFirst(base(),
            "\"amount\": {\n        \"value\": 0,\n        \"unit\": \"万元\"\n      }",
            "\"amount\": 91.82"),
        26, 17, "proactiveDisclosure.fees.amount",
        "expected {\"value\": <number>, \"unit\": \"元\" | \"万元\" | null}, null or \"/\", got 91.82");
  }

  @Test
  void anUnknownMoneyUnitIsRefused() {
    assertRefused(replaceFirst(base(), "\"unit\": \"万元\"", "\"unit\": \"美元\""), 28, 17,
        "proactiveDisclosure.fees.amount.unit", "unknown money unit '美元': expected 元 or 万元");
  }

  @Test
  void aMoneyValueGivenAsAStringIsRefused() {
    assertRefused(replaceFirst(base(), "\"value\": 0", "\"value\": \"91.82\""), 27, 18,
        "proactiveDisclosure.fees.amount.value", "expected a decimal number, got \"91.82\"");
  }

  @Test
  void halfASurrogatePairIsMangledTextNotACharacter() {
    assertRefused(replaceFirst(base(), "\"巫溪县信访办公室\"", "\"巫溪县\\ud800信访办公室\""), 3, 12,
        "organ", "\\ud800 at character 4 is half of a surrogate pair, no character: mangled text");
    String sections = "  \"year\": 2022,\n  \"sections\": {\"problems\": \"一是\\udc00\"},";
    assertRefused(replaceFirst(base(), "  \"year\": 2022,", sections), 5, 28, "sections.problems",
        "\\udc00 at character 3 is half of a surrogate pair, no character: mangled text");
    AnnualReport pair = read(replaceFirst(base(), "巫溪县", "巫溪县\\ud840\\udc00"));
    assertEquals("巫溪县\ud840\udc00信访办公室", pair.getOrgan());
  }

  @Test
  void anArrayIsNotAReport() {
    assertRefused("[]", 1, 1, "", "expected a report object, got an array");
  }
}
