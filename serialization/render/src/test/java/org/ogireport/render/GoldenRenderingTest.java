package org.ogireport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.testing.Fixtures;

/**
 * Each rendering of a report of each edition equals its golden file under
 * {@code src/test/resources/render/} byte for byte. After a deliberate change of the output, run
 * with {@code -Dogi.golden.update=true} to rewrite the golden files, then review the diff.
 */
class GoldenRenderingTest {

  static Stream<Arguments> renderings() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String name : new String[] {"hongze-2023", "fuling-2020"}) {
      for (RenderFormat format : RenderFormat.values()) {
        cases.add(Arguments.of(name, format));
      }
    }
    return cases.build();
  }

  static AnnualReport report(String name) {
    return name.equals("fuling-2020")
        ? Fixtures.seed("001_78cf330bb6c558ff")
        : Fixtures.realWorld(name);
  }

  static String extension(RenderFormat format) {
    return switch (format) {
      case HTML -> "html";
      case MARKDOWN -> "md";
      case TEXT -> "txt";
    };
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("renderings")
  void renderingEqualsGoldenFile(String name, RenderFormat format) throws IOException {
    String actual = format.renderer().render(report(name));
    String file = name + "." + extension(format);
    if (Boolean.getBoolean("ogi.golden.update")) {
      Files.writeString(Path.of("src/test/resources/render", file), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = getClass().getResourceAsStream("/render/" + file)) {
      if (in == null) {
        throw new AssertionError("no golden file render/" + file
            + ": run with -Dogi.golden.update=true to write it, then review it");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, file);
    }
  }
}
