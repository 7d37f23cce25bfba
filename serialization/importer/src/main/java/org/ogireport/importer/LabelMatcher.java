package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which row of the form a printed label names. The label may carry its group header in
 * front ("（四）无法提供 1.本机关不掌握…") or a fragment of the previous label; the row named
 * last wins. Labels with their numbering ({@code 3.其他}) are matched anywhere; bare labels of
 * four characters or more anywhere; shorter bare labels ({@code 规章}, {@code 总计}) only at
 * the end. A label that matches no row exactly is matched approximately (typos such as
 * "其他法律行政止公开"), among rows not read yet.
 *
 * @param <K> what a label stands for (a row enum constant or a group)
 */
final class LabelMatcher<K> {

  /** The result of a match: the key and whether it was approximate. */
  record Match<K>(K key, boolean approximate, String official) {}

  private record Entry<K>(
      K key, String official, String numbered, String bare, boolean spansRows) {}

  private static final Pattern NUMBERING =
      Pattern.compile("\\d{1,2}\\.|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}[,、]");
  private static final double THRESHOLD = 0.7;
  /** Longer than any label of the form: the end of a longer text is compared. */
  private static final int MAX_SEGMENT = 64;

  private final List<Entry<K>> entries = new ArrayList<>();

  /** Adds a label of a key, with its numbering (may be empty). */
  LabelMatcher<K> add(K key, String numbering, String label) {
    return add(key, numbering, label, false);
  }

  /**
   * Adds the label of a group that spans rows on the form (三、本年度办理结果, （三）不予公开),
   * with its numbering. Where the form is printed as text, such a label stands at the middle of
   * its span, beside the label of one of its rows and often cut where its cell wraps; the start
   * of it after a row's label does not make that row's label run on.
   */
  LabelMatcher<K> addGroup(K key, String numbering, String label) {
    return add(key, numbering, label, true);
  }

  private LabelMatcher<K> add(K key, String numbering, String label, boolean spansRows) {
    String bare = TextNormalizer.key(label);
    String numbered = numbering.isEmpty() ? "" : TextNormalizer.key(numbering + label);
    entries.add(new Entry<>(key, numbering + label, numbered, bare, spansRows));
    return this;
  }

  /**
   * The key a printed label names, or null.
   *
   * @param printed the label as printed, possibly with a group header or fragments in front
   * @param taken keys already read, not offered for an approximate match
   */
  Match<K> match(String printed, Set<K> taken) {
    String text = TextNormalizer.key(printed);
    Entry<K> atEnd = endingAtEnd(text);
    if (atEnd != null) {
      return new Match<>(atEnd.key(), false, atEnd.official());
    }
    Entry<K> best = null;
    int bestEnd = -1;
    int bestLength = -1;
    for (Entry<K> e : entries) {
      int end = -1;
      int length = 0;
      if (!e.numbered().isEmpty()) {
        int at = text.lastIndexOf(e.numbered());
        if (at >= 0) {
          end = at + e.numbered().length();
          length = e.numbered().length();
        }
      }
      if (end < 0) {
        if (e.bare().length() >= 4) {
          int at = text.lastIndexOf(e.bare());
          if (at >= 0) {
            end = at + e.bare().length();
            length = e.bare().length();
          }
        } else if (text.endsWith(e.bare())) {
          end = text.length();
          length = e.bare().length();
        }
      }
      if (end > bestEnd || (end == bestEnd && end >= 0 && length > bestLength)) {
        best = e;
        bestEnd = end;
        bestLength = length;
      }
    }
    if (best != null && bestEnd >= 0) {
      String tail = text.substring(bestEnd);
      if (runsOn(tail) && !startsGroup(tail)) {
        // the label runs on past the row it names into another numbered label or numbers:
        // rows ran together and the last one's label is misprinted
        return approximate(text, taken);
      }
      return new Match<>(best.key(), false, best.official());
    }
    return approximate(text, taken);
  }

  /**
   * The label named at the very end of the text, the longest if several, as the full search
   * would find it (most printed labels end with the row's own label); null when none is.
   */
  private Entry<K> endingAtEnd(String text) {
    Entry<K> best = null;
    int bestLength = -1;
    for (Entry<K> e : entries) {
      int length = -1;
      if (!e.numbered().isEmpty() && text.endsWith(e.numbered())) {
        length = e.numbered().length();
      } else if (text.endsWith(e.bare())
          && (e.numbered().isEmpty() || !text.contains(e.numbered()))) {
        length = e.bare().length();
      }
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  private Match<K> approximate(String text, Set<K> taken) {
    String segment = text;
    Matcher m = NUMBERING.matcher(text);
    int lastEnd = -1;
    while (m.find()) {
      lastEnd = m.end();
    }
    if (lastEnd >= 0) {
      segment = text.substring(lastEnd);
    }
    if (segment.length() > MAX_SEGMENT) {
      // a label is never longer: compare its end only (a run of fragments stays bounded)
      segment = segment.substring(segment.length() - MAX_SEGMENT);
    }
    if (segment.length() < 2) {
      return null;
    }
    Entry<K> best = null;
    double bestScore = THRESHOLD;
    for (Entry<K> e : entries) {
      if (taken.contains(e.key())) {
        continue;
      }
      double score = similarity(e.bare(), segment);
      if (score >= bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best == null ? null : new Match<>(best.key(), true, best.official());
  }

  /**
   * Whether a text is the start of a spanned group's label, cut before its end (三、本年度办 of
   * 三、本年度办理结果): a fragment of the group beside a row's label, naming no row of its own.
   * The whole group label is not such a fragment: it may head a group subtotal row.
   */
  private boolean startsGroup(String tail) {
    for (Entry<K> e : entries) {
      if (e.spansRows() && !e.numbered().isEmpty() && tail.length() < e.numbered().length()
          && e.numbered().startsWith(tail)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text after a matched label holds numbers or another numbering. */
  private static boolean runsOn(String tail) {
    boolean numbering = false;
    for (int i = 0; i < tail.length(); i++) {
      char c = tail.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      numbering |= c == '(' || c == '、' || c == ',';
    }
    return numbering && NUMBERING.matcher(tail).find();
  }

  /** 2·LCS / (|a| + |b|): 1 for equal strings, 0 for strings sharing no character in order. */
  static double similarity(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = a.charAt(i - 1) == b.charAt(j - 1)
            ? prev[j - 1] + 1
            : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 2.0 * prev[b.length()] / (a.length() + b.length());
  }
}
