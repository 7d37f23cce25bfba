package org.ogireport.importer.variants;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ogireport.importer.ImportScore;

/**
 * Measures the importer on many variants and prints the cells right by layout and by quirk, and
 * the first wrong cells of the worst cases. Run with {@code -Dvariants.survey=true}
 * ({@code -Dvariants.layouts=RUN_TOGETHER,SITE_PAGE} for some layouts only,
 * {@code -Dvariants.dump=<part of a case's name>} to print the cases' texts,
 * {@code -Dvariants.seed}, {@code -Dvariants.generated} and {@code -Dvariants.combined} for
 * other samples than the test's); it asserts nothing.
 */
@EnabledIfSystemProperty(named = "variants.survey", matches = "true")
class VariantSurvey {

  private static final String HEADER = "| NAME | reports | all right | cells right | cells | % right "
      + "| blank (named) | silently wrong | blank outside table 二 |\n|---|---|---|---|---|---|---|---|---|";

  @Test
  void survey() {
    String only = System.getProperty("variants.layouts", "");
    List<VariantCase> cases = VariantCase.sample(
            SourceReports.all(Integer.getInteger("variants.generated", 40)),
            Integer.getInteger("variants.combined", 40), Long.getLong("variants.seed", 2L))
        .stream()
        .filter(c -> only.isEmpty() || List.of(only.split(",")).contains(c.variant().layout().name()))
        .toList();
    Map<Layout, long[]> byLayout = new EnumMap<>(Layout.class);
    Map<Quirk, long[]> byQuirk = new EnumMap<>(Quirk.class);
    Map<String, Integer> failures = new TreeMap<>();
    for (VariantCase c : cases) {
      VariantCase.Outcome o = c.run();
      add(byLayout.computeIfAbsent(c.variant().layout(), k -> new long[8]), o.score());
      for (Quirk q : c.variant().quirks()) {
        add(byQuirk.computeIfAbsent(q, k -> new long[8]), o.score());
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
    System.out.println(HEADER.replace("NAME", "layout"));
    byLayout.forEach((k, v) -> System.out.println(row(k.name(), v)));
    System.out.println(HEADER.replace("NAME", "quirk"));
    byQuirk.forEach((k, v) -> System.out.println(row(k.name(), v)));
    long[] total = new long[8];
    byLayout.values().forEach(v -> {
      for (int i = 0; i < 4; i++) {
        total[i] += v[i];
      }
    });
    System.out.println(row("TOTAL", total));
    failures.keySet().stream().limit(Long.getLong("variants.failures", 40))
        .forEach(f -> System.out.println("  " + f));
  }

  private static void add(long[] acc, ImportScore score) {
    acc[0]++;
    acc[1] += score.wrong().isEmpty() ? 1 : 0;
    acc[2] += score.right();
    acc[3] += score.total();
    acc[4] += score.blanks().size();
    acc[5] += score.namedBlanks();
    acc[6] += score.silent().size();
    acc[7] += score.blanks().stream().filter(b -> !b.path().startsWith("proactiveDisclosure."))
        .count();
  }

  private static String row(String name, long[] v) {
    return String.format("| %s | %d | %d | %d | %d | %.2f | %d (%d) | %d | %d |", name, v[0], v[1],
        v[2], v[3], 100.0 * v[2] / v[3], v[4], v[5], v[6], v[7]);
  }
}
