package org.ogireport.importer;

import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;

/**
 * What the importer knows beside a table's printed cells, to choose among the splits of cells
 * printed run together: last year's report of the same organ, and the report's own overview
 * (一、总体情况) with the figures it states (found on first use: most reports never need them).
 * One instance per read; not thread-safe.
 */
final class Hints {

  private final Optional<AnnualReport> previous;
  private final String overview;
  private Narrative narrative;

  private Hints(Optional<AnnualReport> previous, String overview) {
    this.previous = previous;
    this.overview = overview;
  }

  /**
   * Hints from last year's report (may be absent) and the overview text (may be empty), its
   * figures read in full-width digits too.
   */
  static Hints of(Optional<AnnualReport> previous, String overview) {
    return new Hints(previous, TextNormalizer.halfWidthDigits(overview));
  }

  /** Last year's report, when the caller gives it. */
  Optional<AnnualReport> previous() {
    return previous;
  }

  /** The text of section 一, empty when none was read. */
  String overview() {
    return overview;
  }

  /** The figures the overview states. */
  Narrative narrative() {
    if (narrative == null) {
      narrative = Narrative.of(overview);
    }
    return narrative;
  }
}
