package org.ogireport.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;

/**
 * The findings of the rules on one report, each a {@link Diagnostic} whose code is the rule's id,
 * in printed order of the places they are reported on ({@code edition} and {@code year} first),
 * then in catalogue order.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(report);
 * result.isValid();                        // no errors (warnings allowed)
 * result.getErrors().size();
 * result.filter("CELL-MISSING").size();    // by rule id
 * result.filter(Severity.WARNING);         // by severity
 * result.getDiagnostics().get(0).getMessage(Locale.ENGLISH);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationResult implements Iterable<Diagnostic> {

  private final List<Diagnostic> diagnostics;

  ValidationResult(List<Diagnostic> diagnostics) {
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Whether the report has no error; warnings do not count.
   *
   * @return whether no finding is an error
   */
  public boolean isValid() {
    for (Diagnostic d : diagnostics) {
      if (d.getSeverity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every finding, errors and warnings.
   *
   * @return the findings, unmodifiable
   */
  public List<Diagnostic> getDiagnostics() {
    return diagnostics;
  }

  /**
   * The findings of severity {@link Severity#ERROR}.
   *
   * @return the errors
   */
  public List<Diagnostic> getErrors() {
    return filter(Severity.ERROR);
  }

  /**
   * The findings of severity {@link Severity#WARNING}.
   *
   * @return the warnings
   */
  public List<Diagnostic> getWarnings() {
    return filter(Severity.WARNING);
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity, not null
   * @return the findings
   */
  public List<Diagnostic> filter(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return select(d -> d.getSeverity() == severity);
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule, not null
   * @return the findings
   */
  public List<Diagnostic> filter(Rule rule) {
    return filter(rule.getId());
  }

  /**
   * The findings of the rule with a stable id, e.g. {@code "LIT-TOTAL"}.
   *
   * @param ruleId the id
   * @return the findings
   * @throws IllegalArgumentException when no rule has the id
   */
  public List<Diagnostic> filter(String ruleId) {
    String id = Rule.ofId(ruleId).getId();
    return select(d -> d.getCode().equals(id));
  }

  private List<Diagnostic> select(Predicate<Diagnostic> test) {
    List<Diagnostic> selected = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (test.test(d)) {
        selected.add(d);
      }
    }
    return List.copyOf(selected);
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
   * One finding per line, in English.
   *
   * @return the findings in words
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d).append('\n');
    }
    return out.toString();
  }
}
