package org.ogireport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ogireport.core.Row;
import org.ogireport.core.diagnostic.Location;

/**
 * Places rows printed without a label (a PDF→Markdown conversion that emitted the labels apart
 * from their numbers) by the order of rows on the official form: the labelled rows anchor their
 * places, and the unlabelled rows between two anchors fill, in order, the rows of the form
 * between them that were not read, only when their number fits that gap exactly. Rows that do
 * not fit are left unread, with a diagnostic.
 */
final class RowPositions {

  private RowPositions() {}

  /**
   * Places the unlabelled rows of {@code read} among {@code form}'s rows; returns the rows
   * placed.
   *
   * @param form the form's rows in printed order
   * @param name the label of a row, for messages
   * @param where a row, for diagnostics
   */
  static <K, R extends K> List<R> place(RowReader.Read<K> read, List<R> form,
      Function<R, String> name, Function<R, Location> where, Diagnostics diagnostics) {
    @SuppressWarnings("unchecked")
    Map<R, Rows.RawRow> rows = (Map<R, Rows.RawRow>) (Map<?, ?>) read.rows();
    List<R> placed = new ArrayList<>();
    List<Rows.RawRow> pending = new ArrayList<>();
    int last = -1;
    for (Object entry : read.order()) {
      if (entry instanceof Rows.RawRow raw) {
        pending.add(raw);
        continue;
      }
      int at = form.indexOf(entry);
      if (at < 0) {
        continue;
      }
      if (!pending.isEmpty()) {
        fill(pending, form, rows, last + 1, at, name, where, placed, diagnostics);
        pending.clear();
      }
      last = Math.max(last, at);
    }
    if (!pending.isEmpty()) {
      fill(pending, form, rows, last + 1, form.size(), name, where, placed, diagnostics);
    }
    return placed;
  }

  private static <R> void fill(List<Rows.RawRow> pending, List<R> form, Map<R, Rows.RawRow> rows,
      int from, int to, Function<R, String> name, Function<R, Location> where, List<R> placed,
      Diagnostics diagnostics) {
    List<R> gap = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!rows.containsKey(form.get(i))) {
        gap.add(form.get(i));
      }
    }
    if (gap.size() != pending.size()) {
      Rows.RawRow first = pending.get(0);
      diagnostics.add(DiagnosticCode.ROWS_NOT_PLACED, first.line(), pending.size(),
          from == 0 ? "-" : name.apply(form.get(from - 1)),
          to >= form.size() ? "-" : name.apply(form.get(to)), gap.size());
      return;
    }
    for (int i = 0; i < gap.size(); i++) {
      R row = gap.get(i);
      Rows.RawRow raw = pending.get(i);
      rows.put(row, raw);
      placed.add(row);
      diagnostics.add(DiagnosticCode.ROW_BY_POSITION, where.apply(row), raw.line(), 0,
          name.apply(row));
    }
  }

  /** The label of a form row, numbered, for messages. */
  static String label(Row<?> row) {
    return row.getNumbering() + row.getLabel();
  }
}
