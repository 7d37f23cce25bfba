package org.ogireport.cli;

import java.util.Collection;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;

/**
 * How many diagnostics of each severity a summary names: counted from exactly the diagnostics
 * printed under it.
 *
 * @param errors the errors
 * @param warnings the warnings
 * @param info the info notes
 */
record Tally(int errors, int warnings, int info) {

  /** The counts of some diagnostics. */
  @SafeVarargs
  static Tally of(Collection<Diagnostic>... groups) {
    int[] counts = new int[Severity.values().length];
    for (Collection<Diagnostic> group : groups) {
      for (Diagnostic d : group) {
        counts[d.getSeverity().ordinal()]++;
      }
    }
    return new Tally(counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
        counts[Severity.INFO.ordinal()]);
  }

  /** {@code 2 errors, 14 warnings}, then {@code , 3 info} when there are any. */
  @Override
  public String toString() {
    return errors + " errors, " + warnings + " warnings" + (info > 0 ? ", " + info + " info" : "");
  }
}
