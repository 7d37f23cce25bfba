package org.ogireport.importer.variants;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the importer on many variants and prints the cells right by layout and by quirk, and
 * the first wrong cells of the worst cases. Run with {@code -Dvariants.survey=true}; it asserts
 * nothing.
 */
@EnabledIfSystemProperty(named = "variants.survey", matches = "true")
class VariantSurvey {

  @Test
  void survey() {
    List<VariantCase> cases = VariantCase.sample(SourceReports.all(40), 40, 2L);
    Map<Layout, long[]> byLayout = new EnumMap<>(Layout.class);
    Map<Quirk, long[]> byQuirk = new EnumMap<>(Quirk.class);
    Map<String, Integer> failures = new TreeMap<>();
    for (VariantCase c : cases) {
      VariantCase.Outcome o = c.run();
      add(byLayout.computeIfAbsent(c.variant().layout(), k -> new long[4]), o.score());
      for (Quirk q : c.variant().quirks()) {
        add(byQuirk.computeIfAbsent(q, k -> new long[4]), o.score());
      }
      if (!o.score().wrong().isEmpty()) {
        String dump = System.getProperty("variants.dump", "");
        if (!dump.isEmpty() && (c.variant() + " " + c.name()).contains(dump)) {
          System.out.println("==== " + c + "\n" + o.text() + "\n" + o.score().wrong() + "\n"
              + (o.result() == null ? "" : o.result().getDiagnostics()));
        }
        failures.merge(c.variant().layout() + " " + c.variant().quirks() + " " + c.name()
            + " → " + o.score().wrong().size() + " wrong, e.g. " + o.score().wrong().get(0), 1,
            Integer::sum);
      }
    }
    System.out.println("cases " + cases.size());
    System.out.println("| layout | reports | all right | cells right | cells | % |");
    byLayout.forEach((k, v) -> System.out.println(row(k.name(), v)));
    System.out.println("| quirk | reports | all right | cells right | cells | % |");
    byQuirk.forEach((k, v) -> System.out.println(row(k.name(), v)));
    long[] total = new long[4];
    byLayout.values().forEach(v -> {
      for (int i = 0; i < 4; i++) {
        total[i] += v[i];
      }
    });
    System.out.println(row("TOTAL", total));
    failures.keySet().stream().limit(Long.getLong("variants.failures", 40))
        .forEach(f -> System.out.println("  " + f));
  }

  private static void add(long[] acc, CellScore score) {
    acc[0]++;
    acc[1] += score.wrong().isEmpty() ? 1 : 0;
    acc[2] += score.right();
    acc[3] += score.total();
  }

  private static String row(String name, long[] v) {
    return String.format("| %s | %d | %d | %d | %d | %.2f |", name, v[0], v[1], v[2], v[3],
        100.0 * v[2] / v[3]);
  }
}
