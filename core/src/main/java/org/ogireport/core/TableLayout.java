package org.ogireport.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of one table in one edition: its rows in printed order and every cell slot, with
 * the JSON path of each. Readers, writers, validators and renderers walk a layout instead of
 * naming rows one by one.
 *
 * <pre>{@code
 * for (CellSlot<ApplicationRow, Applicant> slot : TableLayout.applications(Edition.V2019).getSlots()) {
 *   System.out.println(slot.getPath());   // applications.newReceived.naturalPerson, ...
 * }
 * }</pre>
 *
 * <p>There is one instance per table and edition; immutable and thread-safe.
 *
 * @param <R> the row enum
 * @param <C> the column enum
 */
public final class TableLayout<R extends Enum<R> & Row<C>, C extends Enum<C> & Column> {

  private static final TableLayout<Disclosure2019Row, Disclosure2019Column> DISCLOSURE_2019 =
      new TableLayout<>(TableId.PROACTIVE_DISCLOSURE, Edition.V2019, Disclosure2019Row.class,
          Disclosure2019Column.class);
  private static final TableLayout<Disclosure2021Row, Disclosure2021Column> DISCLOSURE_2021 =
      new TableLayout<>(TableId.PROACTIVE_DISCLOSURE, Edition.V2021, Disclosure2021Row.class,
          Disclosure2021Column.class);
  private static final Map<Edition, TableLayout<ApplicationRow, Applicant>> APPLICATIONS =
      new EnumMap<>(Edition.class);
  private static final TableLayout<CaseBlock, CaseResult> REVIEW_AND_LITIGATION =
      new TableLayout<>(TableId.REVIEW_AND_LITIGATION, null, CaseBlock.class, CaseResult.class);

  private static final Map<Edition, List<TableLayout<?, ?>>> BY_EDITION =
      new EnumMap<>(Edition.class);

  static {
    for (Edition e : Edition.values()) {
      APPLICATIONS.put(
          e, new TableLayout<>(TableId.APPLICATIONS, e, ApplicationRow.class, Applicant.class));
    }
    for (Edition e : Edition.values()) {
      List<TableLayout<?, ?>> layouts = new ArrayList<>();
      for (TableId table : TableId.values()) {
        layouts.add(of(table, e));
      }
      BY_EDITION.put(e, List.copyOf(layouts));
    }
  }

  private final TableId table;
  private final Edition edition;
  private final List<R> rows;
  private final List<CellSlot<R, C>> slots;
  private final int[][] index;
  private final boolean[] money;
  private final Map<String, CellSlot<R, C>> byPath;

  private TableLayout(TableId table, Edition edition, Class<R> rowType, Class<C> columnType) {
    this.table = table;
    this.edition = edition;
    List<R> rowList = new ArrayList<>();
    List<CellSlot<R, C>> slotList = new ArrayList<>();
    R[] allRows = rowType.getEnumConstants();
    int[][] idx = new int[allRows.length][columnType.getEnumConstants().length];
    Map<String, CellSlot<R, C>> paths = new HashMap<>();
    for (R row : allRows) {
      Arrays.fill(idx[row.ordinal()], -1);
      if (edition != null && !row.isIn(edition)) {
        continue;
      }
      rowList.add(row);
      for (C column : row.getColumns()) {
        CellSlot<R, C> slot = new CellSlot<>(table, row, column, slotList.size());
        idx[row.ordinal()][column.ordinal()] = slot.getIndex();
        slotList.add(slot);
        paths.put(slot.getPath(), slot);
      }
    }
    this.rows = Collections.unmodifiableList(rowList);
    this.slots = Collections.unmodifiableList(slotList);
    this.index = idx;
    this.money = new boolean[slotList.size()];
    for (CellSlot<R, C> slot : slotList) {
      money[slot.getIndex()] = slot.getKind().isMoney();
    }
    this.byPath = Collections.unmodifiableMap(paths);
  }

  /** {@return the layout of table 二 of the 2019 edition (22 cells)} */
  public static TableLayout<Disclosure2019Row, Disclosure2019Column> proactiveDisclosure2019() {
    return DISCLOSURE_2019;
  }

  /** {@return the layout of table 二 of the 2021 edition (10 cells)} */
  public static TableLayout<Disclosure2021Row, Disclosure2021Column> proactiveDisclosure2021() {
    return DISCLOSURE_2021;
  }

  /**
   * Gets the layout of table 三 of an edition.
   *
   * @param edition the edition, not null
   * @return the layout: 161 cells in 2019, 175 in 2021
   */
  public static TableLayout<ApplicationRow, Applicant> applications(Edition edition) {
    return APPLICATIONS.get(edition);
  }

  /** {@return the layout of table 四, the same in both editions (15 cells)} */
  public static TableLayout<CaseBlock, CaseResult> reviewAndLitigation() {
    return REVIEW_AND_LITIGATION;
  }

  /**
   * Gets the layout of a table in an edition.
   *
   * <pre>{@code
   * TableLayout.of(TableId.PROACTIVE_DISCLOSURE, Edition.V2021).size();   // 10
   * }</pre>
   *
   * @param table the table, not null
   * @param edition the edition, not null
   * @return the layout, the same instance as the table's own factory returns
   */
  public static TableLayout<?, ?> of(TableId table, Edition edition) {
    Objects.requireNonNull(edition, "edition");
    return switch (table) {
      case PROACTIVE_DISCLOSURE -> edition == Edition.V2019 ? DISCLOSURE_2019 : DISCLOSURE_2021;
      case APPLICATIONS -> APPLICATIONS.get(edition);
      case REVIEW_AND_LITIGATION -> REVIEW_AND_LITIGATION;
    };
  }

  /**
   * Gets the layouts of the three tables of an edition in printed order (二, 三, 四), the order of
   * {@link AnnualReport#getTables()}.
   *
   * @param edition the edition, not null
   * @return the three layouts, unmodifiable
   */
  public static List<TableLayout<?, ?>> all(Edition edition) {
    return BY_EDITION.get(Objects.requireNonNull(edition, "edition"));
  }

  /** {@return the table this is the layout of} */
  public TableId getTable() {
    return table;
  }

  /** {@return the edition; empty for table 四, which both editions share} */
  public Optional<Edition> getEdition() {
    return Optional.ofNullable(edition);
  }

  /** {@return the rows of the edition's form in printed order; unmodifiable} */
  public List<R> getRows() {
    return rows;
  }

  /**
   * {@return every cell slot, row by row in printed order; unmodifiable} A slot's position in
   * this list is its {@link CellSlot#getIndex()}.
   */
  public List<CellSlot<R, C>> getSlots() {
    return slots;
  }

  /** {@return the number of cells, e.g. {@code 175} for table 三 of 2021} */
  public int size() {
    return slots.size();
  }

  /**
   * Whether the slot at an index holds money ({@link Amount}s), as {@code
   * getSlots().get(index).getKind().isMoney()} says, without the calls: a table checks every cell
   * against it when it is built.
   *
   * @param index the slot index, from 0 to {@code size() - 1}
   * @return whether that slot holds money
   * @throws IndexOutOfBoundsException when the index is not below {@link #size()}
   */
  public boolean isMoney(int index) {
    return money[index];
  }

  /**
   * Checks whether the layout has a cell at a row and column: false for a row of the other
   * edition, or a column the row does not have.
   *
   * @param row the row, not null
   * @param column the column, not null
   * @return whether the cell exists
   */
  public boolean contains(R row, C column) {
    return index[row.ordinal()][column.ordinal()] >= 0;
  }

  /**
   * Gets the slot at a row and column.
   *
   * @param row the row, not null
   * @param column the column, not null
   * @return the slot
   * @throws IllegalArgumentException when this edition's form has no such cell, naming it
   */
  public CellSlot<R, C> getSlot(R row, C column) {
    int i = index[row.ordinal()][column.ordinal()];
    if (i < 0) {
      throw new IllegalArgumentException(
          "no cell " + table.getJsonName() + "." + row.getJsonPath() + "." + column.getJsonName()
              + (edition == null ? "" : " in the " + edition.getCode() + " edition"));
    }
    return slots.get(i);
  }

  /**
   * Finds the slot of this layout with a JSON path.
   *
   * @param path the path from the report root, e.g. {@code applications.newReceived.total}; not
   *     null
   * @return the slot, or empty when this layout has no cell at that path
   */
  public Optional<CellSlot<R, C>> findSlot(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /**
   * The slot with a JSON path in any table of either edition, e.g.
   * {@code applications.outcomes.otherHandling.other.total} (2021) or
   * {@code proactiveDisclosure.procurement.amount} (2019).
   *
   * @param path the path from the report root; not null
   * @return the slot, of the first layout that has it (2019 before 2021), or empty when no table
   *     has a cell at that path
   */
  public static Optional<CellSlot<?, ?>> findAnySlot(String path) {
    for (Edition edition : Edition.values()) {
      for (TableLayout<?, ?> layout : all(edition)) {
        CellSlot<?, ?> slot = layout.byPath.get(path);
        if (slot != null) {
          return Optional.of(slot);
        }
      }
    }
    return Optional.empty();
  }

  /** The cell a fresh form holds in every slot: zero counts, zero amounts in 万元. */
  List<Cell> zeros() {
    List<Cell> cells = new ArrayList<>(slots.size());
    for (CellSlot<R, C> slot : slots) {
      cells.add(slot.getKind().zero());
    }
    return cells;
  }

  @Override
  public String toString() {
    return table.getJsonName() + (edition == null ? "" : " (" + edition.getCode() + ")");
  }
}
