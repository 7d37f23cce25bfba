package org.ogireport.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.rules.Rule;

/** The README's tables of the rule catalogue say what {@link Rule} says, row for row. */
class ReadmeRuleCatalogueTest {

  @Test
  void theReadmeTablesAreTheCatalogueInOrder() throws IOException {
    Path readme = Path.of("").toAbsolutePath();
    while (!Files.exists(readme.resolve("README.md")) || !Files.exists(readme.resolve("core"))) {
      readme = readme.getParent();
    }
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(readme.resolve("README.md"), StandardCharsets.UTF_8)) {
      String[] cells = line.split(" \\| ");
      if (line.startsWith("| `") && cells.length == 4
          && Arrays.stream(Rule.values()).anyMatch(r -> cells[0].equals("| `" + r.getId() + "`"))) {
        rows.add(line);
      }
    }
    assertEquals(Arrays.stream(Rule.values()).map(ReadmeRuleCatalogueTest::row).toList(), rows);
  }

  private static String row(Rule rule) {
    String where = rule.getReportedOn().equals("the cell")
        ? rule.getReportedOn() : "`" + rule.getReportedOn() + "`";
    return "| `" + rule.getId() + "` | " + rule.getSeverity() + " | " + rule.getFormula() + " | "
        + where + " |";
  }
}
