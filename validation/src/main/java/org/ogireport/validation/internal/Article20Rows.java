package org.ogireport.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;

/** The rows of table 二 that belong to one Article 20 item, per edition, in printed order. */
final class Article20Rows {

  private Article20Rows() {}

  static List<Disclosure2019Row> of2019(Article20Item item) {
    List<Disclosure2019Row> rows = new ArrayList<>();
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getItem() == item) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  static List<Disclosure2021Row> of2021(Article20Item item) {
    List<Disclosure2021Row> rows = new ArrayList<>();
    for (Disclosure2021Row row : Disclosure2021Row.values()) {
      if (row.getItem() == item) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }
}
