package org.ogireport.importer.variants;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A layout with a set of quirks, and the seed that decides where the quirks strike.
 *
 * @param layout how the tables are printed
 * @param quirks the quirks applied
 * @param seed the seed of the random choices (which cells are blank, which labels wrap …)
 */
record Variant(Layout layout, Set<Quirk> quirks, long seed) {

  Variant {
    quirks = quirks.isEmpty() ? EnumSet.noneOf(Quirk.class) : EnumSet.copyOf(quirks);
  }

  /** Whether the variant shows a quirk: it has it and its layout's family shows it. */
  boolean has(Quirk quirk) {
    return quirks.contains(quirk) && layout.allows(quirk);
  }

  @Override
  public String toString() {
    return layout + (quirks.isEmpty() ? "" : quirks.stream().map(Enum::name)
        .collect(Collectors.joining("+", " ", ""))) + " #" + seed;
  }
}
