package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, run as written: its {@code check} arguments are taken from the
 * README's command line, and the output block under it must be what the command prints, line for
 * line, where {@code …} stands for lines left out and {@code …/} for the folder of the published
 * reports. The README also says it exits with status 1.
 */
class ReadmeTwoCommandsTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final String PUBLISHED =
      "serialization/testing/src/main/resources/org/ogireport/testing/published/";

  @Test
  void theFirstCommandPrintsWhatTheReadmeShowsAndExitsWithOne() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String command = readme.lines().filter(l -> l.contains("ogi-report-cli.jar check ")).findFirst()
        .orElseThrow(() -> new AssertionError("no check command in the README"));
    List<String> args = new ArrayList<>();
    for (String word : command.substring(command.indexOf("ogi-report-cli.jar ")
        + "ogi-report-cli.jar ".length()).trim().split(" +")) {
      args.add(word.startsWith(PUBLISHED) ? ROOT.resolve(word).toString() : word);
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertEquals(1, run.exit(), run.err());
    List<String> printed = run.out().replace(ROOT + "/" + PUBLISHED, "…/").lines().toList();
    List<String> shown = shownOutput(readme);
    assertTrue(shown.size() > 3, "the README shows an output");
    int at = 0;
    boolean skipping = false;
    for (String line : shown) {
      if (line.strip().equals("…")) {
        skipping = true;
        continue;
      }
      while (skipping && at < printed.size() && !printed.get(at).equals(line)) {
        at++;
      }
      assertTrue(at < printed.size(), () -> "the README shows a line not printed: " + line
          + "\nprinted:\n" + String.join("\n", printed));
      assertEquals(line, printed.get(at));
      at++;
      skipping = false;
    }
    assertTrue(skipping || at == printed.size(), "printed lines the README does not show");
  }

  private static List<String> shownOutput(String readme) {
    int marker = readme.indexOf("<!-- two-commands:output -->");
    int start = readme.indexOf('\n', readme.indexOf("```", marker)) + 1;
    int end = readme.indexOf("\n```", start);
    return Arrays.asList(readme.substring(start, end).split("\n"));
  }
}
