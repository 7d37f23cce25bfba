package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ogireport.core.analysis.Indicator;

/** The README's definitions table is the indicators' enum, written out: this keeps it so. */
class ReadmeDefinitionsTest {

  /** The table as the README has it, made from {@link Indicator} and {@link Ranking}. */
  static String definitionsTable() {
    StringBuilder out = new StringBuilder(
        "| id | 名称 | counts | base (denominator) | ranked from |\n|---|---|---|---|---|\n");
    Ranking defaults = Ranking.defaults();
    for (Indicator i : Indicator.values()) {
      out.append("| `").append(i.getId()).append("` | ").append(i.getChineseName()).append(" | ")
          .append(i.getNumeratorDefinition()).append(" | ")
          .append(i.getBase().map(Indicator.Base::getLabel).orElse("— (a count)"))
          .append(" | ")
          .append(i.getBase().map(b -> defaults.getMinimumBase(i) + " " + b.getUnit())
              .orElse("always"))
          .append(" |\n");
    }
    out.append("\n| base | what it counts |\n|---|---|\n");
    for (Indicator.Base b : Indicator.Base.values()) {
      out.append("| ").append(b.getLabel()).append(" | ").append(b.getDescription()).append(" |\n");
    }
    return out.toString();
  }

  @Test
  void theReadmeStatesTheEnumsDefinitions() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    String table = definitionsTable();
    assertTrue(readme.contains(table), "README.md lacks the table:\n" + table);
  }
}
