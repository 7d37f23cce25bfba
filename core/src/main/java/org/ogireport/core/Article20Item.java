package org.ogireport.core;

/** The items of Article 20 of the Regulations that table 二 reports on. */
public enum Article20Item {
  /** 第二十条第（一）项: rules and normative documents. */
  ITEM_1("（一）"),
  /** 第二十条第（五）项: licensing and other services. */
  ITEM_5("（五）"),
  /** 第二十条第（六）项: penalties and compulsory measures. */
  ITEM_6("（六）"),
  /** 第二十条第（八）项: administrative fees. */
  ITEM_8("（八）"),
  /** 第二十条第（九）项: government procurement (edition 2019 only). */
  ITEM_9("（九）");

  private final String numbering;

  Article20Item(String numbering) {
    this.numbering = numbering;
  }

  /** {@return the item's numbering, e.g. {@code （五）}} */
  public String getNumbering() {
    return numbering;
  }

  /** {@return the block caption printed in table 二, e.g. {@code 第二十条第（五）项}} */
  public String getCaption() {
    return "第二十条第" + numbering + "项";
  }
}
