package org.ogireport.testing;

import java.util.List;
import java.util.Objects;
import org.ogireport.core.AnnualReport;

/**
 * A report with one rule of the catalogue broken on purpose, with the JSON paths where the rule
 * now fails (the cells a validator reports the violations on, e.g.
 * {@code applications.carriedForward.naturalPerson}; {@code edition} or {@code year} for the
 * report-level rules).
 *
 * <p>Only the named rule is broken: the change keeps every other rule of the catalogue as it was
 * in the valid report it started from (for table 三 this takes two changed cells, since every
 * cell there is read by a row rule and a column rule). CELL-MISSING, a warning, is the exception
 * when the generator was asked for blanks.
 *
 * @param report the report, with the rule broken
 * @param ruleId the rule broken, e.g. {@code APP-BALANCE}
 * @param paths where the rule fails, at least one, first the main one
 */
public record BrokenReport(AnnualReport report, String ruleId, List<String> paths) {

  /**
   * Creates a broken report, checking the parts and copying the paths.
   *
   * @param report the report, with the rule broken; not null
   * @param ruleId the rule broken, e.g. {@code APP-BALANCE}; not null
   * @param paths where the rule fails, at least one, first the main one; not null, no null element
   * @throws IllegalArgumentException when no path is given
   * @throws NullPointerException when a part or a path is null
   */
  public BrokenReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(ruleId, "ruleId");
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a broken rule fails somewhere: no path given");
    }
  }

  /** {@return the main path where the rule fails, e.g. {@code applications.carriedForward.naturalPerson}} */
  public String path() {
    return paths.get(0);
  }
}
