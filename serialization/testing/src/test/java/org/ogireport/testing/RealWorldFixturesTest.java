package org.ogireport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportJson;

/** Each real-world fixture holds the hand-checked tables of the shared expected JSON. */
class RealWorldFixturesTest {

  private static final String PUBLISHED = "/org/ogireport/testing/published/realworld/";

  static Set<String> names() {
    return Fixtures.realWorld().keySet();
  }

  private static String resource(String name) {
    try (InputStream in = RealWorldFixturesTest.class.getResourceAsStream(PUBLISHED + name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + PUBLISHED + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void theTablesOrganYearAndEditionAreTheHandCheckedExpectedJson(String name) {
    AnnualReport fixture = Fixtures.realWorld(name);
    AnnualReport expected = ReportJson.standard().read(resource(name + ".expected.json"));
    assertEquals(AnnualReport.builder(expected.getEdition()).from(expected)
        .sections(fixture.getSections()).publishedOn(fixture.getPublishedOn()).build(), fixture);
  }
}
