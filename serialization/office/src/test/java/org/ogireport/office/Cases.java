package org.ogireport.office;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;

/**
 * The reports of the round trips, by name: every seed, every real-world fixture, and generated
 * reports of both editions (from a fixed seed, so that the files made from them by other
 * producers can be compared with them again).
 */
final class Cases {

  /** The seed of the generated reports. */
  static final long GENERATOR_SEED = 20261122L;
  /** How many generated reports of each edition. */
  static final int GENERATED_PER_EDITION = 3;

  private Cases() {}

  /** Every case: seeds, real-world reports, then generated ones. */
  static Map<String, AnnualReport> all() {
    Map<String, AnnualReport> cases = new LinkedHashMap<>();
    Fixtures.seeds().forEach((name, report) -> cases.put("seed-" + name, report));
    Fixtures.realWorld().forEach(cases::put);
    cases.putAll(generated());
    return cases;
  }

  /**
   * The generated reports, named {@code generated-<edition>-<i>}, then as many with some zero
   * cells blank or marked {@code /}, named {@code blanks-<edition>-<i>}.
   */
  static Map<String, AnnualReport> generated() {
    Map<String, AnnualReport> cases = new LinkedHashMap<>();
    ReportGenerator generator = new ReportGenerator(GENERATOR_SEED);
    for (int i = 0; i < 2 * GENERATED_PER_EDITION; i++) {
      Edition edition = i % 2 == 0 ? Edition.V2019 : Edition.V2021;
      cases.put("generated-" + edition.getCode() + "-" + i, generator.next(edition));
    }
    ReportGenerator blanks = generator.withBlanks(true);
    for (int i = 0; i < 2 * GENERATED_PER_EDITION; i++) {
      Edition edition = i % 2 == 0 ? Edition.V2019 : Edition.V2021;
      cases.put("blanks-" + edition.getCode() + "-" + i, blanks.next(edition));
    }
    return cases;
  }
}
