package org.ogireport.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.json.ReportJson;

/**
 * Each real-world fixture is the published report: the hand-checked tables of the shared expected
 * JSON ({@code published/realworld/<name>.expected.json}, which holds tables only), and from the
 * published text ({@code <name>.txt}) every narrative section it prints and the date it was
 * published on, as importing the text gives them (page footers such as {@code - 2 -} left out).
 */
class RealWorldFixturesTest {

  private static final String PUBLISHED = "/org/ogireport/testing/published/realworld/";
  /** A page footer of a PDF's text, e.g. {@code - 2 -}: not part of any section. */
  private static final Pattern FOOTER = Pattern.compile("(?m)^- \\d+ -$");
  /** The publication date in a crawled page's metadata, e.g. {@code 发布时间: 2020-01-20 15:22}. */
  private static final Pattern PUBLISHED_ON =
      Pattern.compile("(?m)^发布时间: (\\d{4}-\\d{2}-\\d{2})");

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

  /** Text without white space or page footers, so that lines wrapped by a PDF compare. */
  private static String flat(String text) {
    return FOOTER.matcher(text).replaceAll("").replaceAll("\\s+", "");
  }

  /** Whether the text prints a section's heading, whatever its numbering, e.g. 五、其他需要报告的事项. */
  private static boolean printsHeading(String text, SectionId section) {
    return Pattern.compile("[一二三四五六七]、\\s*" + section.getHeading()).matcher(text).find();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everySectionThePublishedTextHeadsIsInTheFixture(String name) {
    String text = Fixtures.publishedText(name);
    AnnualReport fixture = Fixtures.realWorld(name);
    int headed = 0;
    for (SectionId section : SectionId.values()) {
      if (printsHeading(text, section)) {
        headed++;
        assertTrue(fixture.getSections().get(section).isPresent(),
            name + " prints " + section.getNumbering() + section.getHeading()
                + " but its fixture has no " + section.getJsonName());
      }
    }
    assertTrue(headed >= 2, name + ": the text heads " + headed + " sections");
  }

  @ParameterizedTest
  @MethodSource("names")
  void everySectionOfTheFixtureIsTextOfThePublishedReport(String name) {
    String text = flat(Fixtures.publishedText(name));
    AnnualReport fixture = Fixtures.realWorld(name);
    for (SectionId section : SectionId.values()) {
      fixture.getSections().get(section).ifPresent(body -> {
        assertTrue(text.contains(flat(body)), name + " " + section.getJsonName()
            + " is not the published text: " + body);
        assertEquals(body.strip(), body, name + " " + section.getJsonName() + " is trimmed");
        assertTrue(!FOOTER.matcher(body).find(), name + " " + section.getJsonName()
            + " holds a page footer");
      });
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void theFixtureIsPublishedOnTheDateThePageGives(String name) {
    Matcher date = PUBLISHED_ON.matcher(Fixtures.publishedText(name));
    Optional<LocalDate> printed =
        date.find() ? Optional.of(LocalDate.parse(date.group(1))) : Optional.empty();
    assertEquals(printed, Fixtures.realWorld(name).getPublishedOn(), name);
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
