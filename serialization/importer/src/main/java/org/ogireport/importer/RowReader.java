package org.ogireport.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ogireport.core.diagnostic.Location;

/**
 * Assigns raw rows to the keys their labels name: label fragments without numbers are carried
 * into the next label, approximate matches, repeated rows and unknown labels with numbers are
 * reported. Rows printed without a label are kept in their place among the others, for
 * {@link RowPositions} to place.
 *
 * @param <K> the row key
 */
final class RowReader<K> {

  private static final int MAX_CARRY = 200;

  /**
   * What was read: the row read for each key, in the order first met, and the order of the
   * rows in the document: each entry a key or a row printed without a label.
   */
  record Read<K>(Map<K, Rows.RawRow> rows, List<Object> order) {}

  private final LabelMatcher<K> matcher;
  private final Function<K, Location> where;

  /**
   * A reader of the rows of one table.
   *
   * @param matcher finds the key a label names
   * @param where where a row's diagnostics point, by its key
   */
  RowReader(LabelMatcher<K> matcher, Function<K, Location> where) {
    this.matcher = matcher;
    this.where = where;
  }

  /** The rows read, by key and in document order. */
  Read<K> read(List<Rows.RawRow> raws, Diagnostics diagnostics) {
    Map<K, Rows.RawRow> read = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    Set<K> taken = new HashSet<>();
    String carry = "";
    for (Rows.RawRow raw : raws) {
      if (raw.positional()) {
        order.add(raw);
        continue;
      }
      String label = carry.isEmpty() ? raw.label() : carry + " " + raw.label();
      if (!raw.hasNumber()) {
        carry = label.length() > MAX_CARRY ? label.substring(label.length() - MAX_CARRY) : label;
        continue;
      }
      carry = "";
      LabelMatcher.Match<K> match = matcher.match(label, taken);
      if (match == null && onlyWu(raw)) {
        // a label printed one character per line: its 无 (as in 无法提供) is no marker
        carry = label + raw.values().stream().map(Token::text).reduce("", String::concat);
        continue;
      }
      if (match == null) {
        diagnostics.add(DiagnosticCode.UNKNOWN_ROW, raw.line(),
            raw.label().isBlank() ? "?" : SourceLine.trim(raw.label()));
        continue;
      }
      if (match.approximate()) {
        diagnostics.add(DiagnosticCode.LABEL_FUZZY_MATCH, where.apply(match.key()), raw.line(), 0,
            SourceLine.trim(raw.label()), match.official());
      }
      if (read.containsKey(match.key())) {
        diagnostics.add(DiagnosticCode.DUPLICATE_ROW, where.apply(match.key()), raw.line(), 0,
            match.official());
        continue;
      }
      taken.add(match.key());
      read.put(match.key(), new Rows.RawRow(label, raw.line(), raw.values()));
      order.add(match.key());
    }
    return new Read<>(read, order);
  }

  private static boolean onlyWu(Rows.RawRow raw) {
    return raw.values().stream().allMatch(v -> v.isEmpty()
        || SourceLine.trim(TextNormalizer.fold(v.text())).equals("无"));
  }
}
