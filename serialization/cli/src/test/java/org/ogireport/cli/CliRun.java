package org.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@code ogi-report} through {@link Main#run}: its exit code and what it wrote.
 *
 * @param exit the exit code
 * @param out standard output, UTF-8 decoded
 * @param err standard error, UTF-8 decoded
 */
record CliRun(int exit, String out, String err) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Runs with empty standard input. */
  static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs with the given standard input. */
  static CliRun withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(List.of(args), new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output as JSON, one object per non-blank line. */
  List<JsonNode> lines() {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        try {
          nodes.add(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException("not JSON: " + line, e);
        }
      }
    }
    return nodes;
  }

  /** The lines of standard error. */
  List<String> errLines() {
    return err.isEmpty() ? List.of() : List.of(err.split("\n"));
  }
}
