package org.ogireport.validation.internal;

import org.ogireport.core.CellSlot;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.rules.Rule;

/**
 * The check of one rule of the catalogue: a class named after the rule's constant
 * ({@code APP_ROW_TOTAL} is {@code AppRowTotalCheck}, see {@link Checks}), so that the rule's
 * {@link Rule} entry finds its check and the check its rule with no list in between. Stateless
 * and thread-safe: one instance serves every validation.
 */
abstract class Check {

  /** The rule this check checks, from the class name. */
  final Rule rule = Checks.ruleOf(getClass());

  /** A finding of this check's rule on a cell. */
  final Finding finding(CellSlot<?, ?> slot) {
    return finding(Location.of(slot));
  }

  /** A finding of this check's rule on a report field. */
  final Finding finding(ReportField field) {
    return finding(Location.of(field));
  }

  /** A finding of this check's rule at a location. */
  final Finding finding(Location location) {
    return Finding.of(rule, location);
  }
}
