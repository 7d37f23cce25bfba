package org.ogireport.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Table 二, 主动公开政府信息情况, in the 2019 edition: Article 20 items （一）（五）（六）（八）（九）, 22 cells.
 *
 * <pre>{@code
 * ProactiveDisclosure2019 t = ProactiveDisclosure2019.builder()
 *     .set(Disclosure2019Row.LICENSING, Disclosure2019Column.DECISIONS, 550)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@TableValue
@Value.Immutable
public abstract class ProactiveDisclosure2019 extends Table<Disclosure2019Row, Disclosure2019Column> {

  ProactiveDisclosure2019() {}

  @Override
  @Value.Parameter
  public abstract List<Cell> getCells();

  @Override
  public final TableLayout<Disclosure2019Row, Disclosure2019Column> getLayout() {
    return TableLayout.proactiveDisclosure2019();
  }

  @Value.Check
  void check() {
    checkShape();
  }

  /** {@return the fresh table, a shared instance: every count 0, every amount 0 万元} */
  public static ProactiveDisclosure2019 zeros() {
    return Zeros.TABLE;
  }

  /** {@return a new builder starting from the fresh table} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a table from its 22 cells in layout order.
   *
   * @param cells one cell per slot of {@link TableLayout#proactiveDisclosure2019()}, in order; not
   *     null, no null element
   * @return the table
   * @throws IllegalArgumentException when the number of cells is wrong or a cell is of the wrong
   *     kind, naming the cell
   * @throws NullPointerException when {@code cells} or one of them is null
   */
  public static ProactiveDisclosure2019 ofCells(List<? extends Cell> cells) {
    return ImmutableProactiveDisclosure2019.of(cells);
  }

  /** Builds table 二 of the 2019 edition. */
  public static final class Builder
      extends Table.Builder<
          ProactiveDisclosure2019, Disclosure2019Row, Disclosure2019Column, Builder> {

    Builder() {
      super(TableLayout.proactiveDisclosure2019());
    }

    @Override
    public ProactiveDisclosure2019 build() {
      return ImmutableProactiveDisclosure2019.of(cells());
    }
  }

  private static final class Zeros {
    static final ProactiveDisclosure2019 TABLE = builder().build();
  }
}
