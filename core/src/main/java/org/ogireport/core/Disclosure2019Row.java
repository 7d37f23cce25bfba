package org.ogireport.core;

import static org.ogireport.core.Disclosure2019Column.AMOUNT;
import static org.ogireport.core.Disclosure2019Column.CHANGE;
import static org.ogireport.core.Disclosure2019Column.DECISIONS;
import static org.ogireport.core.Disclosure2019Column.NEWLY_MADE;
import static org.ogireport.core.Disclosure2019Column.NEWLY_PUBLISHED;
import static org.ogireport.core.Disclosure2019Column.PREVIOUS_YEAR;
import static org.ogireport.core.Disclosure2019Column.PROJECTS;
import static org.ogireport.core.Disclosure2019Column.TOTAL_PUBLISHED;

import java.util.List;

/**
 * The rows of table 二 (主动公开政府信息情况) in the 2019 edition: 22 cells in five Article 20 items.
 */
public enum Disclosure2019Row implements Row<Disclosure2019Column> {
  /** （一）规章. */
  RULES(Article20Item.ITEM_1, "规章", "rules", NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
  /** （一）规范性文件. */
  NORMATIVE_DOCUMENTS(
      Article20Item.ITEM_1, "规范性文件", "normativeDocuments",
      NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
  /** （五）行政许可. */
  LICENSING(Article20Item.ITEM_5, "行政许可", "licensing", PREVIOUS_YEAR, CHANGE, DECISIONS),
  /** （五）其他对外管理服务事项. */
  OTHER_SERVICES(
      Article20Item.ITEM_5, "其他对外管理服务事项", "otherServices",
      PREVIOUS_YEAR, CHANGE, DECISIONS),
  /** （六）行政处罚. */
  PENALTIES(Article20Item.ITEM_6, "行政处罚", "penalties", PREVIOUS_YEAR, CHANGE, DECISIONS),
  /** （六）行政强制. */
  COMPULSION(Article20Item.ITEM_6, "行政强制", "compulsion", PREVIOUS_YEAR, CHANGE, DECISIONS),
  /** （八）行政事业性收费. */
  FEES(Article20Item.ITEM_8, "行政事业性收费", "fees", PREVIOUS_YEAR, CHANGE),
  /** （九）政府集中采购. */
  PROCUREMENT(Article20Item.ITEM_9, "政府集中采购", "procurement", PROJECTS, AMOUNT);

  private final Article20Item item;
  private final String label;
  private final String jsonPath;
  private final List<Disclosure2019Column> columns;

  Disclosure2019Row(
      Article20Item item, String label, String jsonPath, Disclosure2019Column... columns) {
    this.item = item;
    this.label = label;
    this.jsonPath = jsonPath;
    this.columns = List.of(columns);
  }

  /** {@return the Article 20 item the row belongs to, e.g. {@link Article20Item#ITEM_1} for 规章} */
  public Article20Item getItem() {
    return item;
  }

  /** {@return the caption of the row's Article 20 item, e.g. {@code 第二十条第（一）项}} */
  @Override
  public String getGroupLabel() {
    return item.getCaption();
  }

  @Override
  public String getJsonPath() {
    return jsonPath;
  }

  @Override
  public String getNumbering() {
    return "";
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public List<Disclosure2019Column> getColumns() {
    return columns;
  }

  @Override
  public boolean isIn(Edition edition) {
    return edition == Edition.V2019;
  }
}
