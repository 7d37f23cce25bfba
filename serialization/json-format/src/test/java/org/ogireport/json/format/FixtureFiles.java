package org.ogireport.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON files of the fixtures that ogi-report-testing ships under
 * {@code org/ogireport/testing/fixtures/}, as bytes and text, for the format's tests: a Jackson
 * module's tests have them on the class path as a folder (ogi-report-testing itself depends on
 * the Jackson 2 module, so they cannot use its {@code Fixtures}). The names are the files found.
 */
public final class FixtureFiles {

  private static final String ROOT = "/org/ogireport/testing/fixtures/";

  private FixtureFiles() {}

  /**
   * Every fixture, by name: {@code seeds/<stem>} then {@code realworld/<name>}, each folder in
   * file-name order.
   */
  public static List<String> all() {
    List<String> names = new ArrayList<>();
    for (String folder : List.of("seeds", "realworld")) {
      URL url = FixtureFiles.class.getResource(ROOT + folder);
      if (url == null) {
        throw new IllegalStateException("no fixture folder " + ROOT + folder + " on the class path");
      }
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted()
            .forEach(f -> names.add(folder + "/" + f.substring(0, f.length() - ".json".length())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(url.toString(), e);
      }
    }
    return names;
  }

  /** The bytes of {@code /org/ogireport/testing/fixtures/<name>.json}. */
  public static byte[] bytes(String name) {
    String path = ROOT + name + ".json";
    try (InputStream in = FixtureFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a fixture. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
