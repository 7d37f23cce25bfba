package org.ogireport.importer;

import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.Narrative;

/**
 * What the importer knows beside a table's printed cells, to choose among the splits of cells
 * printed run together: last year's report of the same organ, and the report's own overview
 * (一、总体情况) with the figures it states.
 *
 * @param previous last year's report, when the caller gives it
 * @param overview the text of section 一, empty when none was read
 * @param narrative the figures the overview states
 */
record Hints(Optional<AnnualReport> previous, String overview, Narrative narrative) {

  /** Hints from last year's report (may be absent) and the overview text. */
  static Hints of(Optional<AnnualReport> previous, String overview) {
    return new Hints(previous, overview, Narrative.of(overview));
  }
}
