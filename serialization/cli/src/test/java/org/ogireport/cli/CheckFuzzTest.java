package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@code ogi-report check} with Jazzer: any bytes, as a {@code .json} and as a
 * {@code .jsonl} file, give exit code 0, 1 or 2, one JSON object per report or unreadable input on
 * standard output, and on standard error only one-line reasons naming the file, never an internal
 * error or a stack trace.
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl serialization -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='CheckFuzzTest' -Djazzer.max_duration=5m
 * </pre>
 */
class CheckFuzzTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("ogi-check-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void checkRandomBytes(byte[] input) throws IOException {
    Path json = DIR.resolve("input.json");
    Path lines = DIR.resolve("input.jsonl");
    Files.write(json, input);
    Files.write(lines, input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(List.of("check", "--json", "--lang", "en", json.toString(), lines.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(exit >= 0 && exit <= 2, "exit code " + exit);
    List<String> errorLines = errors.isEmpty() ? List.of() : List.of(errors.split("\n"));
    for (String line : errorLines) {
      // never "ogi-report check: internal error: ...", never a stack trace line
      assertTrue(line.startsWith("ogi-report check: " + DIR), () -> "one-line reason: " + line);
    }
    List<JsonNode> results = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        results.add(MAPPER.readTree(line));
      }
    }
    long unreadable = results.stream().filter(r -> r.has("error")).count();
    assertEquals(errorLines.size(), unreadable, "one reason on stderr per unreadable input");
    assertEquals(json.toString(), results.get(0).get("source").asText(), "the .json file first");
    assertEquals(exit == 2, unreadable > 0, "exit 2 exactly when an input is unreadable");
  }
}
