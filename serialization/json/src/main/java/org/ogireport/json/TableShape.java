package org.ogireport.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;

/**
 * The JSON shape of one table over both editions, derived from the {@link TableLayout}s: the path
 * and kind of every cell, and the path of every object above the cells. A reader can so walk a
 * table before it knows the edition, and report a cell of the other edition by name.
 */
final class TableShape {

  /** The sibling orders kept: one per edition, then {@link #UNION_ORDER}. */
  private static final int ORDERS = Edition.values().length + 1;
  /** The order of siblings over both editions, for a report whose edition is not known yet. */
  private static final int UNION_ORDER = Edition.values().length;
  // declared before SHAPES: its initialiser builds nodes, which size their sibling chains by ORDERS
  private static final Map<TableId, TableShape> SHAPES = new EnumMap<>(TableId.class);

  private static final List<TableShape> ALL;

  static {
    for (TableId id : TableId.values()) {
      SHAPES.put(id, new TableShape(id));
    }
    ALL = List.copyOf(SHAPES.values());
  }

  private final TableId table;
  private final Map<String, CellKind> cells = new LinkedHashMap<>();
  private final Map<String, Set<String>> children = new LinkedHashMap<>();
  private final Map<Edition, String[][]> segments = new EnumMap<>(Edition.class);
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<Edition, int[]> slotCells = new EnumMap<>(Edition.class);
  private final Map<Edition, WritePlan> writePlans = new EnumMap<>(Edition.class);

  /**
   * How a writer walks the table in an edition, slot by slot (by index): how many objects to
   * close before the slot, which to open (names pre-encoded), the cell's own name, and how many
   * objects are open after the last slot.
   */
  static final class WritePlan {
    final int[] closes;
    final SerializableString[][] opens;
    final SerializableString[] leaves;
    final int finalCloses;

    WritePlan(String[][] segments) {
      closes = new int[segments.length];
      opens = new SerializableString[segments.length][];
      leaves = new SerializableString[segments.length];
      String[] open = new String[0];
      for (int i = 0; i < segments.length; i++) {
        String[] names = segments[i];
        int common = 0;
        while (common < open.length && common < names.length - 1
            && open[common].equals(names[common])) {
          common++;
        }
        closes[i] = open.length - common;
        opens[i] = new SerializableString[names.length - 1 - common];
        for (int k = common; k < names.length - 1; k++) {
          opens[i][k - common] = new SerializedString(names[k]);
        }
        leaves[i] = new SerializedString(names[names.length - 1]);
        open = Arrays.copyOf(names, names.length - 1);
      }
      finalCloses = open.length;
    }
  }
  private final Map<Edition, boolean[]> inEdition = new EnumMap<>(Edition.class);
  private int cellCount;
  private Node[] cellNodes;
  private int groupCount;

  /**
   * One object or cell of the table over both editions, with its children by name: the reader
   * walks these instead of building path strings. Cells are numbered over both editions
   * ({@link #cell}), objects too ({@link #group}); a child's {@link #bit} is its place among
   * its siblings.
   *
   * <p>Siblings are also chained in the order a writer emits them ({@link #first}, {@link
   * #next}), per edition and, for a report whose edition is not known yet, over both: a reader
   * guesses the next name and matches it byte for byte ({@link
   * com.fasterxml.jackson.core.JsonParser#nextFieldName(SerializableString)}), looking the name
   * up only when the guess fails. The guess is only a shortcut: any order reads the same.
   */
  static final class Node {
    final String path;
    final SerializableString name;
    final CellKind kind;
    final int cell;
    final int group;
    final int bit;
    final Map<String, Node> children = new HashMap<>();
    private final Node[] first = new Node[ORDERS];
    private final Node[] next = new Node[ORDERS];

    Node(String path, CellKind kind, int cell, int group, int bit) {
      this.path = path;
      this.name = new SerializedString(path.substring(path.lastIndexOf('.') + 1));
      this.kind = kind;
      this.cell = cell;
      this.group = group;
      this.bit = bit;
    }

    /** The child with a name, or null. */
    Node child(String name) {
      return children.get(name);
    }

    /** The child a writer emits first in an edition (null: not known yet), or null. */
    Node first(Edition edition) {
      return first[order(edition)];
    }

    /** The sibling a writer emits after this one in an edition (null: not known yet), or null. */
    Node next(Edition edition) {
      return next[order(edition)];
    }

    private static int order(Edition edition) {
      return edition == null ? UNION_ORDER : edition.ordinal();
    }
  }

  private TableShape(TableId table) {
    this.table = table;
    children.put(table.getJsonName(), new LinkedHashSet<>());
    for (Edition edition : Edition.values()) {
      List<? extends CellSlot<?, ?>> slots = layout(table, edition).getSlots();
      String[][] bySlot = new String[slots.size()][];
      for (CellSlot<?, ?> slot : slots) {
        cells.put(slot.getPath(), slot.getKind());
        String[] names = slot.getPath().split("\\.");
        String parent = names[0];
        for (int i = 1; i < names.length; i++) {
          children.get(parent).add(names[i]);
          parent = parent + "." + names[i];
          if (i < names.length - 1) {
            children.computeIfAbsent(parent, k -> new LinkedHashSet<>());
          }
        }
        bySlot[slot.getIndex()] = Arrays.copyOfRange(names, 1, names.length);
      }
      segments.put(edition, bySlot);
    }
    node(table.getJsonName(), null, 0);
    cellNodes = new Node[cellCount];
    for (Node n : nodes.values()) {
      if (n.kind != null) {
        cellNodes[n.cell] = n;
      }
    }
    for (Edition edition : Edition.values()) {
      List<? extends CellSlot<?, ?>> slots = layout(table, edition).getSlots();
      int[] ids = new int[slots.size()];
      boolean[] in = new boolean[cellCount];
      for (CellSlot<?, ?> slot : slots) {
        ids[slot.getIndex()] = nodes.get(slot.getPath()).cell;
        in[ids[slot.getIndex()]] = true;
      }
      slotCells.put(edition, ids);
      writePlans.put(edition, new WritePlan(segments.get(edition)));
      inEdition.put(edition, in);
      chainSiblings(edition, slots);
    }
    Map<Node, Node> last = new HashMap<>();
    for (Map.Entry<String, Set<String>> group : children.entrySet()) {
      Node parent = nodes.get(group.getKey());
      for (String name : group.getValue()) {
        chain(UNION_ORDER, parent, parent.child(name), last);
      }
    }
  }

  /** Chains the siblings of every object in the order of an edition's slots. */
  private void chainSiblings(Edition edition, List<? extends CellSlot<?, ?>> slots) {
    Map<Node, Node> last = new HashMap<>();
    Set<Node> chained = new HashSet<>();
    for (CellSlot<?, ?> slot : slots) {
      Node parent = root();
      for (String name : segments.get(edition)[slot.getIndex()]) {
        Node child = parent.child(name);
        if (chained.add(child)) {
          chain(edition.ordinal(), parent, child, last);
        }
        parent = child;
      }
    }
  }

  /** Appends a child to its parent's chain of siblings in an order. */
  private static void chain(int order, Node parent, Node child, Map<Node, Node> last) {
    Node previous = last.put(parent, child);
    if (previous == null) {
      parent.first[order] = child;
    } else {
      previous.next[order] = child;
    }
  }

  private Node node(String path, CellKind kind, int bit) {
    Node node = kind != null
        ? new Node(path, kind, cellCount++, -1, bit)
        : new Node(path, null, -1, groupCount++, bit);
    nodes.put(path, node);
    if (kind == null) {
      int childBit = 0;
      for (String name : children.get(path)) {
        String childPath = path + "." + name;
        node.children.put(name, node(childPath, cells.get(childPath), childBit++));
      }
      if (childBit > Long.SIZE) {
        throw new IllegalStateException(path + " has more than 64 children");
      }
    }
    return node;
  }

  /** How a writer walks the table in an edition. */
  WritePlan writePlan(Edition edition) {
    return writePlans.get(edition);
  }

  /** The node of the table object itself. */
  Node root() {
    return nodes.get(table.getJsonName());
  }

  /** The node of an object or cell path, or null. */
  Node node(String path) {
    return nodes.get(path);
  }

  /** The node of the cell with a number. */
  Node nodeOfCell(int cell) {
    return cellNodes[cell];
  }

  /** The number of cells over both editions (the range of {@link Node#cell}). */
  int cellCount() {
    return cellCount;
  }

  /** The number of objects over both editions (the range of {@link Node#group}). */
  int groupCount() {
    return groupCount;
  }

  /** For each slot of the edition's layout (by index), the number of its cell node. */
  int[] slotCells(Edition edition) {
    return slotCells.get(edition);
  }

  /** Whether the cell node with a number is a cell of the edition. */
  boolean inEdition(int cell, Edition edition) {
    return inEdition.get(edition)[cell];
  }

  /** The shapes of the three tables in printed order. */
  static List<TableShape> all() {
    return ALL;
  }

  /** The shape of a table. */
  static TableShape of(TableId table) {
    return SHAPES.get(table);
  }

  /** The table this is the shape of. */
  TableId getTable() {
    return table;
  }

  /** The layout of a table in an edition. */
  static TableLayout<?, ?> layout(TableId table, Edition edition) {
    return switch (table) {
      case PROACTIVE_DISCLOSURE -> edition == Edition.V2019
          ? TableLayout.proactiveDisclosure2019()
          : TableLayout.proactiveDisclosure2021();
      case APPLICATIONS -> TableLayout.applications(edition);
      case REVIEW_AND_LITIGATION -> TableLayout.reviewAndLitigation();
    };
  }

  /** The layout of this table in an edition. */
  TableLayout<?, ?> layout(Edition edition) {
    return layout(table, edition);
  }

  /** The kind of the cell at a path in either edition, or null when the path is not a cell. */
  CellKind cellKind(String path) {
    return cells.get(path);
  }

  /** Whether a path is the table itself or an object above cells in either edition. */
  boolean isGroup(String path) {
    return children.containsKey(path);
  }

  /** The names an object at a path may hold, over both editions. */
  Set<String> childNames(String path) {
    return Collections.unmodifiableSet(children.get(path));
  }

  /** For each slot of the edition's layout (by index), the names of its path below the table. */
  String[][] segments(Edition edition) {
    return segments.get(edition);
  }

  /** The table of an edition from its cells in layout order. */
  Table<?, ?> build(Edition edition, List<Cell> cellsInOrder) {
    return switch (table) {
      case PROACTIVE_DISCLOSURE -> edition == Edition.V2019
          ? ProactiveDisclosure2019.ofCells(cellsInOrder)
          : ProactiveDisclosure2021.ofCells(cellsInOrder);
      case APPLICATIONS -> Applications.ofCells(edition, cellsInOrder);
      case REVIEW_AND_LITIGATION -> ReviewAndLitigation.ofCells(cellsInOrder);
    };
  }

  /** A report from its parts; {@code tables} are in {@link TableId} order. */
  static AnnualReport report(
      Edition edition, String organ, int year, Optional<LocalDate> publishedOn,
      Sections sections, List<Table<?, ?>> tables) {
    List<Table<?, ?>> t = new ArrayList<>(tables);
    return switch (edition) {
      case V2019 -> Report2019.builder()
          .organ(organ).year(year).publishedOn(publishedOn).sections(sections)
          .proactiveDisclosure((ProactiveDisclosure2019) t.get(0))
          .applications((Applications) t.get(1))
          .reviewAndLitigation((ReviewAndLitigation) t.get(2))
          .build();
      case V2021 -> Report2021.builder()
          .organ(organ).year(year).publishedOn(publishedOn).sections(sections)
          .proactiveDisclosure((ProactiveDisclosure2021) t.get(0))
          .applications((Applications) t.get(1))
          .reviewAndLitigation((ReviewAndLitigation) t.get(2))
          .build();
    };
  }
}
