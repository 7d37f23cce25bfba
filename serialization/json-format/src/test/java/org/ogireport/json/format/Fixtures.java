package org.ogireport.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The eight fixtures shipped in {@code org/ogireport/testing/fixtures}, by resource name. */
public final class Fixtures {

  /** The seed fixtures. */
  public static final List<String> SEEDS = List.of(
      "seeds/000_b780817e18a3daa1", "seeds/001_78cf330bb6c558ff", "seeds/002_48a57cdf3499fdc3",
      "seeds/003_593a2a3db21939e1", "seeds/004_769736e4f7e1b172");
  /** The real-world fixtures. */
  public static final List<String> REAL_WORLD =
      List.of("realworld/hongze-2023", "realworld/hongze-2024", "realworld/huaian-2024");

  private Fixtures() {}

  /** Every fixture name. */
  public static List<String> all() {
    return java.util.stream.Stream.concat(SEEDS.stream(), REAL_WORLD.stream()).toList();
  }

  /** The bytes of {@code /org/ogireport/testing/fixtures/<name>.json}. */
  public static byte[] bytes(String name) {
    return resource("/org/ogireport/testing/fixtures/" + name + ".json");
  }

  /** The text of a fixture. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The bytes of a class-path resource. */
  public static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
