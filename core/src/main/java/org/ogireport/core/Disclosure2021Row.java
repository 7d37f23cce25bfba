package org.ogireport.core;

import static org.ogireport.core.Disclosure2021Column.AMOUNT;
import static org.ogireport.core.Disclosure2021Column.DECISIONS;
import static org.ogireport.core.Disclosure2021Column.IN_FORCE;
import static org.ogireport.core.Disclosure2021Column.ISSUED;
import static org.ogireport.core.Disclosure2021Column.REPEALED;

import java.util.List;

/**
 * The rows of table 二 (主动公开政府信息情况) in the 2021 edition: 10 cells in four Article 20 items.
 */
public enum Disclosure2021Row implements Row<Disclosure2021Column> {
  /** （一）规章. */
  RULES(Article20Item.ITEM_1, "规章", "rules", ISSUED, REPEALED, IN_FORCE),
  /** （一）行政规范性文件 (often still printed 规范性文件). */
  NORMATIVE_DOCUMENTS(
      Article20Item.ITEM_1, "行政规范性文件", "normativeDocuments", ISSUED, REPEALED, IN_FORCE),
  /** （五）行政许可. */
  LICENSING(Article20Item.ITEM_5, "行政许可", "licensing", DECISIONS),
  /** （六）行政处罚. */
  PENALTIES(Article20Item.ITEM_6, "行政处罚", "penalties", DECISIONS),
  /** （六）行政强制. */
  COMPULSION(Article20Item.ITEM_6, "行政强制", "compulsion", DECISIONS),
  /** （八）行政事业性收费, in 万元. */
  FEES(Article20Item.ITEM_8, "行政事业性收费", "fees", AMOUNT);

  private final Article20Item item;
  private final String label;
  private final String jsonPath;
  private final List<Disclosure2021Column> columns;

  Disclosure2021Row(
      Article20Item item, String label, String jsonPath, Disclosure2021Column... columns) {
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
  public List<Disclosure2021Column> getColumns() {
    return columns;
  }

  @Override
  public boolean isIn(Edition edition) {
    return edition == Edition.V2021;
  }
}
