package org.ogireport.validation.internal;

import java.util.Map;
import org.ogireport.core.CellSlot;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableLayout;

/**
 * The name a reader of the printed form gives the place a finding is reported on: the message
 * parameter {@code cell}, e.g. {@code 表三 四、结转下年度继续办理·自然人} for
 * {@code applications.carriedForward.naturalPerson}, {@code 2024年 表三 二、上年结转政府信息公开申请数量·总计}
 * for the series path {@code 2024:applications.carriedOver.total}. A path that names no cell
 * or known field is its own name.
 */
final class CellNames {

  private static final Map<String, String> FIELDS = Map.of(
      "edition", "格式版本",
      "year", "报告年度",
      "organ", "机关名称",
      "sections." + SectionId.OVERVIEW.getJsonName(),
      SectionId.OVERVIEW.getNumbering() + SectionId.OVERVIEW.getHeading(),
      "sections." + SectionId.PROBLEMS.getJsonName(),
      SectionId.PROBLEMS.getNumbering() + SectionId.PROBLEMS.getHeading(),
      "sections." + SectionId.OTHER_MATTERS.getJsonName(),
      SectionId.OTHER_MATTERS.getNumbering() + SectionId.OTHER_MATTERS.getHeading());

  private CellNames() {}

  /** The printed name of the place at a JSON path, optionally prefixed {@code YEAR:}. */
  static String of(String path) {
    int colon = path.indexOf(':');
    if (colon > 0 && path.substring(0, colon).chars().allMatch(Character::isDigit)) {
      return path.substring(0, colon) + "年 " + of(path.substring(colon + 1));
    }
    String field = FIELDS.get(path);
    if (field != null) {
      return field;
    }
    return TableLayout.findAnySlot(path).map(CellSlot::getLabel).orElse(path);
  }
}
