package org.ogireport.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Table 二, 主动公开政府信息情况, in the 2021 edition: Article 20 items （一）（五）（六）（八）, 10 cells.
 *
 * <pre>{@code
 * ProactiveDisclosure2021 t = ProactiveDisclosure2021.builder()
 *     .set(Disclosure2021Row.LICENSING, Disclosure2021Column.DECISIONS, 550)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@TableValue
@Value.Immutable
public abstract class ProactiveDisclosure2021 extends Table<Disclosure2021Row, Disclosure2021Column> {

  ProactiveDisclosure2021() {}

  @Override
  @Value.Parameter
  public abstract List<Cell> getCells();

  @Override
  public final TableLayout<Disclosure2021Row, Disclosure2021Column> getLayout() {
    return TableLayout.proactiveDisclosure2021();
  }

  @Value.Check
  void check() {
    checkShape();
  }

  /** {@return the fresh table, a shared instance: every count 0, every amount 0 万元} */
  public static ProactiveDisclosure2021 zeros() {
    return Zeros.TABLE;
  }

  /** {@return a new builder starting from the fresh table} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a table from its 10 cells in layout order.
   *
   * @param cells one cell per slot of {@link TableLayout#proactiveDisclosure2021()}, in order; not
   *     null, no null element
   * @return the table
   * @throws IllegalArgumentException when the number of cells is wrong or a cell is of the wrong
   *     kind, naming the cell
   * @throws NullPointerException when {@code cells} or one of them is null
   */
  public static ProactiveDisclosure2021 ofCells(List<? extends Cell> cells) {
    return ImmutableProactiveDisclosure2021.of(cells);
  }

  /** Builds table 二 of the 2021 edition. */
  public static final class Builder
      extends Table.Builder<
          ProactiveDisclosure2021, Disclosure2021Row, Disclosure2021Column, Builder> {

    Builder() {
      super(TableLayout.proactiveDisclosure2021());
    }

    @Override
    public ProactiveDisclosure2021 build() {
      return ImmutableProactiveDisclosure2021.of(cells());
    }
  }

  private static final class Zeros {
    static final ProactiveDisclosure2021 TABLE = builder().build();
  }
}
