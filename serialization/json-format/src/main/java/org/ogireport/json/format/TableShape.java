package org.ogireport.json.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;

/**
 * The JSON shape of one table over both editions, derived from the {@link TableLayout}s: a tree
 * of its objects and cells by name. A reader finds each key in its parent without building path
 * strings, and can walk a table before it knows the edition and name a cell of the other one; a
 * writer walks each slot's chain of nodes.
 */
final class TableShape {

  /** The shapes of the three tables in printed order, by {@link TableId} ordinal. */
  static final List<TableShape> ALL = Arrays.stream(TableId.values()).map(TableShape::new).toList();

  /**
   * One object or cell of the table over both editions. Cells are numbered over both editions
   * ({@link #cell}), objects too ({@link #group}); {@link #bit} is the place among the siblings.
   *
   * <p>Siblings are chained in the order they were first met ({@link #first}, {@link #next}): the
   * order the writer emits them in the 2019 edition, and mostly in the 2021 one. A reader guesses
   * each next key from it and has the parser match it as bytes ({@link JsonTokens#nextName(int)}),
   * looking the name up only on a miss, so any key order reads the same. Without the guess, a read
   * took 1.2× plain Jackson on a POJO.
   */
  static final class Node {
    final String path;
    final int nameId;
    final CellKind kind;
    final int cell;
    final int group;
    final int bit;
    final Map<String, Node> children = new LinkedHashMap<>();
    Node first;
    private Node last;
    Node next;

    Node(String path, CellKind kind, int cell, int group, int bit) {
      this.path = path;
      this.nameId = JsonNames.id(path.substring(path.lastIndexOf('.') + 1));
      this.kind = kind;
      this.cell = cell;
      this.group = group;
      this.bit = bit;
    }
  }

  /** The table this is the shape of. */
  final TableId table;
  /** The node of the table object itself. */
  final Node root;
  /** The cell nodes over both editions, by {@link Node#cell}. */
  final List<Node> cells = new ArrayList<>();
  /** The number of objects over both editions (the range of {@link Node#group}). */
  int groupCount;
  /** Per edition (by ordinal), for each slot (by index): its nodes below the table. */
  final Node[][][] chains = new Node[Edition.values().length][][];
  /** Per edition (by ordinal), the {@link Node#cell} numbers of the edition's cells. */
  final BitSet[] inEdition = new BitSet[Edition.values().length];

  private TableShape(TableId table) {
    this.table = table;
    this.root = new Node(table.getJsonName(), null, -1, groupCount++, 0);
    for (Edition edition : Edition.values()) {
      List<? extends CellSlot<?, ?>> slots = TableLayout.of(table, edition).getSlots();
      Node[][] bySlot = chains[edition.ordinal()] = new Node[slots.size()][];
      BitSet in = inEdition[edition.ordinal()] = new BitSet();
      for (CellSlot<?, ?> slot : slots) {
        String[] names = slot.getPath().split("\\.");
        Node[] chain = new Node[names.length - 1];
        Node parent = root;
        for (int i = 1; i < names.length; i++) {
          parent = child(parent, names[i], i == names.length - 1 ? slot.getKind() : null);
          chain[i - 1] = parent;
        }
        bySlot[slot.getIndex()] = chain;
        in.set(parent.cell);
      }
    }
  }

  private Node child(Node parent, String name, CellKind kind) {
    Node node = parent.children.get(name);
    if (node == null) {
      int bit = parent.children.size();
      if (bit == Long.SIZE) {
        throw new IllegalStateException(parent.path + " has more than 64 children");
      }
      String path = parent.path + "." + name;
      node = new Node(path, kind, kind != null ? cells.size() : -1,
          kind != null ? -1 : groupCount++, bit);
      if (kind != null) {
        cells.add(node);
      }
      parent.children.put(name, node);
      if (parent.first == null) {
        parent.first = node;
      } else {
        parent.last.next = node;
      }
      parent.last = node;
    }
    return node;
  }
}
