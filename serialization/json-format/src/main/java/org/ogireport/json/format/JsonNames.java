package org.ogireport.json.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableLayout;

/**
 * The JSON names of the report object that no model enum carries (tables, rows, columns and
 * sections carry their own), and the marker string. Reader and writer both use these.
 *
 * <p>Every key the format has, these and the enums' alike, is numbered ({@link #all()}), so that
 * a Jackson module can encode each once and write or match it as bytes: without that, writing
 * took 1.5× and reading 1.16–1.25× plain Jackson on a POJO, at or above the target of 1.25×.
 */
public final class JsonNames {

  static final String EDITION = "edition";
  static final String ORGAN = "organ";
  static final String YEAR = "year";
  static final String PUBLISHED_ON = "publishedOn";
  static final String SECTIONS = "sections";
  static final String MONEY_VALUE = "value";
  static final String MONEY_UNIT = "unit";
  /** A cell that printed a marker ({@code /}, {@code -}, {@code —}, {@code 无}). */
  static final String MARKER = "/";

  private static final List<String> ALL = new ArrayList<>();
  private static final Map<String, Integer> IDS = new HashMap<>();

  static {
    List.of(EDITION, ORGAN, YEAR, PUBLISHED_ON, SECTIONS, MONEY_VALUE, MONEY_UNIT)
        .forEach(JsonNames::number);
    Arrays.stream(SectionId.values()).map(SectionId::getJsonName).forEach(JsonNames::number);
    for (Edition edition : Edition.values()) {
      for (TableLayout<?, ?> layout : TableLayout.all(edition)) {
        for (CellSlot<?, ?> slot : layout.getSlots()) {
          for (String name : slot.getPath().split("\\.")) {
            number(name);
          }
        }
      }
    }
  }

  private JsonNames() {}

  private static void number(String name) {
    if (IDS.putIfAbsent(name, ALL.size()) == null) {
      ALL.add(name);
    }
  }

  /**
   * Every key of the format, each once; a key's number is its index here.
   *
   * @return the keys, unmodifiable
   */
  public static List<String> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The number of a key of the format. */
  static int id(String name) {
    return IDS.get(name);
  }
}
