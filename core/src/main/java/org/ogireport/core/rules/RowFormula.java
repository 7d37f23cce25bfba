package org.ogireport.core.rules;

import org.ogireport.core.Row;

/** A rule's formula over the values of one printed row, in the order of its columns. */
@FunctionalInterface
interface RowFormula {

  /** Whether the formula holds; true for a row it does not concern. */
  boolean holds(Row<?> row, long[] values);
}
