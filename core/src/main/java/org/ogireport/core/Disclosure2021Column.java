package org.ogireport.core;

/** The columns of table 二 in the 2021 edition; each row uses the columns of its item. */
public enum Disclosure2021Column implements Column {
  /** 本年制发件数 (item （一）). */
  ISSUED("issued", "本年制发件数", CellKind.COUNT),
  /** 本年废止件数 (item （一）). */
  REPEALED("repealed", "本年废止件数", CellKind.COUNT),
  /** 现行有效件数 (item （一）). */
  IN_FORCE("inForce", "现行有效件数", CellKind.COUNT),
  /** 本年处理决定数量 (items （五）（六）). */
  DECISIONS("decisions", "本年处理决定数量", CellKind.COUNT),
  /** 本年收费金额（单位：万元） (item （八）). */
  AMOUNT("amount", "本年收费金额（单位：万元）", CellKind.MONEY);

  private final String jsonName;
  private final String label;
  private final CellKind kind;

  Disclosure2021Column(String jsonName, String label, CellKind kind) {
    this.jsonName = jsonName;
    this.label = label;
    this.kind = kind;
  }

  @Override
  public String getJsonName() {
    return jsonName;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public CellKind getKind() {
    return kind;
  }

  /**
   * 万元 for {@link #AMOUNT}, whose header says 单位：万元; empty for the count columns.
   *
   * @return the unit the header states
   */
  @Override
  public java.util.Optional<MoneyUnit> getHeaderUnit() {
    return this == AMOUNT ? java.util.Optional.of(MoneyUnit.WAN_YUAN) : java.util.Optional.empty();
  }
}
