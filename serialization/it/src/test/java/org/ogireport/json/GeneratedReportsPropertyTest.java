package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.testing.ReportGenerator;

/**
 * Properties of the JSON format over 2 000 random valid reports from {@link ReportGenerator}
 * (both editions, with and without blank and {@code /} cells): writing then reading is the
 * identity, canonical and compact; canonical JSON rewrites byte for byte; compact JSON is one line
 * with no whitespace outside strings, and is the canonical JSON without its layout.
 */
class GeneratedReportsPropertyTest {

  private static final ReportJson JSON = ReportJson.standard();

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writeThenReadIsTheIdentity(long seed) {
    ReportGenerator generator = new ReportGenerator(seed).withBlanks(seed % 2 == 1);
    for (int i = 0; i < 100; i++) {
      AnnualReport report = generator.next(i % 2 == 0 ? Edition.V2019 : Edition.V2021);
      String canonical = JSON.write(report);
      String compact = JSON.writeCompact(report);
      assertEquals(report, JSON.read(canonical));
      assertEquals(report, JSON.read(compact));
      assertEquals(report, JSON.read(compact.getBytes(StandardCharsets.UTF_8)));
      assertEquals(canonical, JSON.write(JSON.read(canonical)));
      assertFalse(compact.contains("\n"), compact);
      assertEquals(withoutLayout(canonical), compact);
      assertTrue(compact.length() < canonical.length());
    }
  }

  /** The canonical JSON without the whitespace between tokens (strings kept as they are). */
  private static String withoutLayout(String json) {
    StringBuilder sb = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\') {
          sb.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        sb.append(c);
      } else if (c != ' ' && c != '\n') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
