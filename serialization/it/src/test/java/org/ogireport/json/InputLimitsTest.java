package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.Report2021;
import org.ogireport.testing.Fixtures;

/**
 * Every input limit of {@link ReportJson#DEFAULT_READ_CONSTRAINTS}, and of money values and JSON
 * Lines lines, at its default: the input at the limit reads, one more refuses with a located
 * reason naming the limit.
 */
class InputLimitsTest {

  private static final ReportJson JSON = ReportJson.standard();
  private static final ReportJson LOOSE = ReportJson.builder()
      .disable(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS).build();
  private static final String ZEROS = JSON.writeCompact(Fixtures.zeroForm(Edition.V2021));

  /** Refused as text (columns count characters). */
  private static ReportFormatException refused(ReportJson json, String input) {
    return assertThrows(ReportFormatException.class, () -> json.read(input));
  }

  /** {@link #ZEROS} padded with spaces to a length in UTF-8 bytes. */
  private static byte[] paddedTo(int bytes) {
    byte[] report = ZEROS.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[bytes];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(report, 0, padded, 0, report.length);
    return padded;
  }

  /** The report with an extra field {@code x} holding {@code value}, after the year. */
  private static String withField(String value) {
    return ZEROS.replace("\"year\":2021,", "\"year\":2021,\"x\":" + value + ",");
  }

  @Test
  void aDocumentOfExactly2MiBReadsAndOneByteMoreIsRefused() {
    assertEquals(Fixtures.zeroForm(Edition.V2021), JSON.read(paddedTo(2 << 20)));
    ReportFormatException bytes = assertThrows(ReportFormatException.class,
        () -> JSON.read(paddedTo((2 << 20) + 1)));
    assertEquals("<bytes>: input exceeds a limit: Document length (2097153) exceeds the maximum "
        + "allowed (2097152)", bytes.getMessage());
    String chars = ZEROS + " ".repeat((2 << 20) - ZEROS.length());
    assertEquals(Fixtures.zeroForm(Edition.V2021), JSON.read(chars));
    ReportFormatException text = refused(JSON, chars + " ".repeat(8192));
    assertEquals(1, text.getLine());
    assertTrue(text.getReason().startsWith("input exceeds a limit: Document length ("),
        text.getReason());
  }

  @Test
  void nestingDepth16ReadsAndDepth17IsRefused() {
    // the report object is depth 1: the field x adds 15 levels, then 16
    AnnualReport read = LOOSE.read(withField("[".repeat(15) + "]".repeat(15)));
    assertEquals(Fixtures.zeroForm(Edition.V2021), read);
    ReportFormatException e = refused(LOOSE, withField("[".repeat(16) + "]".repeat(16)));
    assertEquals("x", e.getPath().replaceAll("\\.\\d+", "").replaceAll("^x.*", "x"));
    assertEquals(1, e.getLine());
    assertEquals(ZEROS.indexOf("\"year\":2021,") + 12 + 4 + 16, e.getColumn());
    assertTrue(e.getReason().startsWith("input exceeds a limit: Document nesting depth (17) "
        + "exceeds the maximum allowed (16"), e.getReason());
  }

  @Test
  void aNumberOf64CharactersIsReadAndOf65IsRefused() {
    String at = "1" + "0".repeat(63);
    ReportFormatException beyondLong = refused(JSON, ZEROS.replaceFirst(
        "\"naturalPerson\":0", "\"naturalPerson\":" + at));
    assertEquals("applications.newReceived.naturalPerson", beyondLong.getPath());
    assertEquals("number out of range for a count (a long): " + at, beyondLong.getReason());

    ReportFormatException e = refused(JSON, ZEROS.replaceFirst(
        "\"naturalPerson\":0", "\"naturalPerson\":" + at + "0"));
    assertEquals("applications.newReceived.naturalPerson", e.getPath());
    assertEquals(ZEROS.indexOf("\"naturalPerson\":0") + 17, e.getColumn());
    assertTrue(e.getReason().startsWith("input exceeds a limit: Number value length (65) exceeds "
        + "the maximum allowed (64"), e.getReason());
  }

  @Test
  void aStringOf524288CharactersReadsAndOneMoreIsRefused() {
    String organ = "机".repeat(512 << 10);
    AnnualReport read = JSON.read(ZEROS.replace(Fixtures.BLANK_ORGAN, organ));
    assertEquals(organ, read.getOrgan());
    ReportFormatException e = refused(JSON, ZEROS.replace(Fixtures.BLANK_ORGAN, organ + "机"));
    assertEquals("organ", e.getPath());
    assertEquals(ZEROS.indexOf("\"organ\":") + 9, e.getColumn());
    assertTrue(e.getReason().startsWith("input exceeds a limit: String value length (524289) "
        + "exceeds the maximum allowed (524288"), e.getReason());
  }

  @Test
  void aFieldNameOf256CharactersIsReadAndOneMoreIsRefused() {
    String name = "n".repeat(256);
    assertEquals(Fixtures.zeroForm(Edition.V2021),
        LOOSE.read(ZEROS.replace("\"year\":2021,", "\"year\":2021,\"" + name + "\":1,")));
    ReportFormatException e = refused(LOOSE,
        ZEROS.replace("\"year\":2021,", "\"year\":2021,\"" + name + "n\":1,"));
    assertTrue(e.getReason().startsWith("input exceeds a limit: Name length (257) exceeds the "
        + "maximum allowed (256"), e.getReason());
  }

  @Test
  void twentyThousandTokensReadAndOneMoreIsRefused() throws IOException {
    int base = tokens(withField("[]"));
    String atLimit = withField("[" + "0,".repeat(20_000 - base - 1) + "0]");
    assertEquals(20_000, tokens(atLimit));
    assertEquals(Fixtures.zeroForm(Edition.V2021), LOOSE.read(atLimit));
    ReportFormatException e = refused(LOOSE, withField("[" + "0,".repeat(20_000 - base) + "0]"));
    assertTrue(e.getReason().startsWith("input exceeds a limit: Token count (20001) exceeds the "
        + "maximum allowed (20000"), e.getReason());
  }

  private static int tokens(String json) throws IOException {
    int count = 0;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  @Test
  void moneyHas20DigitsBeforeThePointAnd10AfterIt() {
    String atLimit = "9".repeat(20) + "." + "9".repeat(10);
    AnnualReport read = JSON.read(ZEROS.replace("\"value\":0", "\"value\":" + atLimit));
    assertEquals(Amount.of(new BigDecimal(atLimit), MoneyUnit.WAN_YUAN),
        ((Report2021) read).getProactiveDisclosure().getCells().get(9));
    assertEquals(new BigDecimal("1E+19").setScale(0),
        ((Report2021) JSON.read(ZEROS.replace("\"value\":0", "\"value\":1e19")))
            .getProactiveDisclosure().getCells().get(9).toDecimalOrZero());
    for (String beyond : List.of("1" + "0".repeat(20), "0." + "0".repeat(10) + "1", "1e20",
        "1e-11", "-1e999999999", "1E+2147483647", "1E-2147483647", "0.1E-2147483647")) {
      ReportFormatException e = refused(JSON, ZEROS.replace("\"value\":0", "\"value\":" + beyond));
      assertEquals("proactiveDisclosure.fees.amount.value", e.getPath());
      assertEquals("money out of range: at most 20 digits before the decimal point and 10 after "
          + "it, got " + beyond, e.getReason());
    }
    ReadResult lenient = JSON.readLenient(ZEROS.replace("\"value\":0", "\"value\":1e999999999"));
    assertTrue(((Report2021) lenient.getReport()).getProactiveDisclosure().getCells().get(9)
        .isBlank());
    assertEquals("proactiveDisclosure.fees.amount.value",
        lenient.getDiagnostics().get(0).getLocation().getPath());
  }

  @Test
  void aJsonLinesLineOf2MiBReadsAndOneMoreIsAnErrorOfThatLineOnly() {
    String atLimit = ZEROS + " ".repeat((2 << 20) - ZEROS.length());
    String text = atLimit + "\n" + atLimit + " \n" + ZEROS + "\n";
    List<JsonLine> chars = JSON.readLines(new StringReader(text), "<chars>").toList();
    byte[] line = paddedTo(2 << 20);
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.writeBytes(line);
    input.write('\n');
    input.writeBytes(line);
    input.writeBytes(" \n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(ZEROS.getBytes(StandardCharsets.UTF_8));
    List<JsonLine> bytes =
        JSON.readLines(new ByteArrayInputStream(input.toByteArray())).toList();
    for (List<JsonLine> lines : List.of(bytes, chars)) {
      assertEquals(3, lines.size());
      assertTrue(lines.get(0).isReport());
      assertEquals(2, lines.get(1).getLineNumber());
      assertTrue(lines.get(1).getError().orElseThrow().getReason()
          .startsWith("line longer than 2097152 "), lines.get(1).toString());
      assertTrue(lines.get(2).isReport());
    }
    assertEquals("<stream>:2: line longer than 2097152 bytes",
        bytes.get(1).getError().orElseThrow().getMessage());
    assertEquals("<chars>:2: line longer than 2097152 characters",
        chars.get(1).getError().orElseThrow().getMessage());
  }
}
