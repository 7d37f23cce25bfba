package org.ogireport.validation.internal;

import java.util.EnumMap;
import java.util.Map;
import org.ogireport.core.CellSlot;
import org.ogireport.core.SectionId;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/**
 * The name a reader of the printed form gives the place a finding is reported on: the message
 * parameter {@code cell}, e.g. {@code 表三 四、结转下年度继续办理·自然人} for the cell
 * {@code applications.carriedForward.naturalPerson}, {@code 2024年 表三 二、上年结转政府信息公开申请数量·总计}
 * for that cell in the 2024 report of a series. A place with no printed name is its JSON path.
 */
final class CellNames {

  private static final Map<ReportField, String> FIELDS = fields();

  private CellNames() {}

  private static Map<ReportField, String> fields() {
    Map<ReportField, String> names = new EnumMap<>(ReportField.class);
    names.put(ReportField.EDITION, "格式版本");
    names.put(ReportField.YEAR, "报告年度");
    names.put(ReportField.ORGAN, "机关名称");
    for (SectionId section : SectionId.values()) {
      names.put(ReportField.of(section), section.getNumbering() + section.getHeading());
    }
    return names;
  }

  /** The printed name of a location, with its year when it has one. */
  static String of(Location location) {
    String name = location.getCell().<String>map(CellSlot::getLabel)
        .or(() -> location.getField().map(FIELDS::get))
        .orElse(location.getPath());
    return location.getYear().isPresent() ? location.getYear().getAsInt() + "年 " + name : name;
  }
}
