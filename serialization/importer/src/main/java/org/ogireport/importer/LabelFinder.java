package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a table's own labels (row labels with their numbering, group labels, block captions,
 * header words) inside a printed text, wherever they stand: in text copied from a page with its
 * markup stripped, every label of a table runs into the digits of the row before it
 * ({@code …0000000 2.其他法律行政法规禁止公开0000000 3.危及…}). Matching is on the label key
 * ({@link TextNormalizer#key}), so widths, spaces and the numbering punctuation do not matter.
 *
 * <p>Immutable and thread-safe.
 */
final class LabelFinder {

  private static final int MIN_BARE = 4;

  /** One label occurrence: where it starts and ends in the printed text. */
  record Found(int start, int end) {}

  /**
   * A key to find, the key of the numbering that may stand before it, and whether the key is
   * only the start of a numbered label (its numbering and first characters), found where the
   * whole label is not because it is misprinted.
   */
  private record Key(String key, String numbering, String whole) {

    boolean isPrefix() {
      return !whole.isEmpty();
    }
  }

  /** How many characters of a numbered label after its numbering stand for it when misprinted. */
  private static final int PREFIX = 2;

  private final List<Key> keys = new ArrayList<>();

  /**
   * Adds a label to find, with its numbering: found numbered, or bare (when four characters or
   * more), then with its own numbering when that is printed before it without the punctuation
   * the key keeps.
   */
  LabelFinder add(String numbering, String label) {
    String bare = TextNormalizer.key(label);
    String whole = TextNormalizer.key(numbering + label);
    if (!numbering.isEmpty()) {
      keys.add(new Key(whole, "", ""));
      if (bare.length() > PREFIX + 1) {
        keys.add(new Key(TextNormalizer.key(numbering) + bare.substring(0, PREFIX), "", whole));
      }
    }
    if (numbering.isEmpty() || bare.length() >= MIN_BARE) {
      keys.add(new Key(bare, TextNormalizer.key(numbering), ""));
    }
    return this;
  }

  /**
   * The labels found in a folded text, in order and not overlapping: where two overlap, the
   * one that starts first (or, starting together, the longer) is kept.
   */
  List<Found> find(String folded) {
    KeyedText keyed = KeyedText.of(folded);
    String key = keyed.key();
    List<int[]> hits = new ArrayList<>();
    for (Key k : keys) {
      if (k.isPrefix() && key.contains(k.whole())) {
        continue;
      }
      for (int at = key.indexOf(k.key()); at >= 0; at = key.indexOf(k.key(), at + 1)) {
        String numbering = k.numbering();
        int start = !numbering.isEmpty() && key.startsWith(numbering, at - numbering.length())
            ? at - numbering.length() : at;
        hits.add(new int[] {start, at + k.key().length()});
      }
    }
    hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
    List<Found> found = new ArrayList<>();
    int end = -1;
    for (int[] h : hits) {
      if (h[0] >= end) {
        found.add(new Found(keyed.origin(h[0]), keyed.originEnd(h[1])));
        end = h[1];
      }
    }
    return found;
  }
}
