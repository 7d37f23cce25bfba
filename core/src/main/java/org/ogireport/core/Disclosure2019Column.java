package org.ogireport.core;

/** The columns of table 二 in the 2019 edition; each row uses the columns of its item. */
public enum Disclosure2019Column implements Column {
  /** 本年新制作数量 (item （一）). */
  NEWLY_MADE("newlyMade", "本年新制作数量", CellKind.COUNT),
  /** 本年新公开数量 (item （一）). */
  NEWLY_PUBLISHED("newlyPublished", "本年新公开数量", CellKind.COUNT),
  /** 对外公开总数量 (item （一）). */
  TOTAL_PUBLISHED("totalPublished", "对外公开总数量", CellKind.COUNT),
  /** 上一年项目数量 (items （五）（六）（八）). */
  PREVIOUS_YEAR("previousYear", "上一年项目数量", CellKind.COUNT),
  /** 本年增/减, a signed net change (items （五）（六）（八）); printed also as 本年数量, 本年增, 本年减. */
  CHANGE("change", "本年增/减", CellKind.SIGNED_COUNT),
  /** 处理决定数量 (items （五）（六）). */
  DECISIONS("decisions", "处理决定数量", CellKind.COUNT),
  /** 采购项目数量 (item （九）). */
  PROJECTS("projects", "采购项目数量", CellKind.COUNT),
  /** 采购总金额 (item （九）), money whose unit the form does not print. */
  AMOUNT("amount", "采购总金额", CellKind.MONEY);

  private final String jsonName;
  private final String label;
  private final CellKind kind;

  Disclosure2019Column(String jsonName, String label, CellKind kind) {
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
}
