package org.ogireport.validation;

import java.util.Iterator;
import java.util.List;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.rules.Rule;

/**
 * The findings of the series rules ({@code SERIES-*}) on a {@code ReportSeries}, each with the
 * year of the report it is about in its location, and the rules that did not compare some pair of
 * years, with why.
 *
 * <pre>{@code
 * SeriesValidationResult result = validator.validate(ReportSeries.of(r2020, r2021));
 * result.getDiagnostics();   // e.g. SERIES-CARRY on 2021: applications.carriedOver.naturalPerson
 * result.getSkipped();       // info SERIES-PROJECTS 2021: 2020 follows edition 2019 and …
 * }</pre>
 *
 * <p>Findings are in year order, then catalogue order, then by path; skipped rules in year order,
 * then catalogue order. The rules of each single report are not included: validate each report
 * for those. Immutable and thread-safe.
 */
public final class SeriesValidationResult implements Iterable<Diagnostic> {

  private final List<Diagnostic> diagnostics;
  private final List<Diagnostic> skipped;

  SeriesValidationResult(List<Diagnostic> diagnostics, List<Diagnostic> skipped) {
    this.diagnostics = List.copyOf(diagnostics);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Every finding; all series rules are warnings.
   *
   * @return the findings, unmodifiable
   */
  public List<Diagnostic> getDiagnostics() {
    return diagnostics;
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule, not null
   * @return the findings
   */
  public List<Diagnostic> filter(Rule rule) {
    String id = rule.getId();
    return diagnostics.stream().filter(d -> d.getCode().equals(id)).toList();
  }

  /**
   * The series rules that did not compare some pair of years: each a diagnostic of severity
   * {@code info} whose code is the rule's id, located in the later year, with the arguments
   * {@code previousYear} and {@code year} and the reason as its message.
   *
   * @return the skipped rules, unmodifiable
   */
  public List<Diagnostic> getSkipped() {
    return skipped;
  }

  /**
   * The number of findings.
   *
   * @return the number
   */
  public int size() {
    return diagnostics.size();
  }

  /**
   * The findings in order.
   *
   * @return an iterator
   */
  @Override
  public Iterator<Diagnostic> iterator() {
    return diagnostics.iterator();
  }

  /**
   * One finding per line, then one line per skipped rule, in English.
   *
   * @return the result in words
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(d).append('\n'));
    skipped.forEach(d -> out.append(d).append('\n'));
    return out.toString();
  }
}
