package org.ogireport.compare;

import java.util.Objects;

/**
 * One changed passage of a section text: sentences of last year's text that are gone and the
 * sentences that took their place in this year's (either may be empty: a pure removal or a pure
 * addition). Sentences end at {@code 。！？；：}; white space is removed (line breaks included), as
 * in the similarity.
 *
 * @param removed last year's sentences, joined; empty for an addition
 * @param added this year's sentences, joined; empty for a removal
 */
public record Passage(String removed, String added) {

  /**
   * Creates a passage, checking the parts.
   *
   * @param removed last year's sentences, joined; empty for an addition, not null
   * @param added this year's sentences, joined; empty for a removal, not null
   * @throws NullPointerException when a part is null
   * @throws IllegalArgumentException when both are empty
   */
  public Passage {
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(added, "added");
    if (removed.isEmpty() && added.isEmpty()) {
      throw new IllegalArgumentException("a changed passage removes or adds something");
    }
  }
}
