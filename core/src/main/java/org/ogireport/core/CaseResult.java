package org.ogireport.core;

import java.util.List;

/** The columns of each block of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
public enum CaseResult implements Column {
  /** 结果维持. */
  UPHELD("upheld", "结果维持"),
  /** 结果纠正. */
  CORRECTED("corrected", "结果纠正"),
  /** 其他结果. */
  OTHER("other", "其他结果"),
  /** 尚未审结. */
  PENDING("pending", "尚未审结"),
  /** 总计: the sum of the four columns before it. */
  TOTAL("total", "总计");

  private static final List<CaseResult> PARTS = List.of(UPHELD, CORRECTED, OTHER, PENDING);

  private final String jsonName;
  private final String label;

  CaseResult(String jsonName, String label) {
    this.jsonName = jsonName;
    this.label = label;
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
    return CellKind.COUNT;
  }

  /** {@return the four columns that add up to {@link #TOTAL}, in printed order; unmodifiable} */
  public static List<CaseResult> parts() {
    return PARTS;
  }

  /**
   * {@return the columns whose cases are closed (已审结): all parts but {@link #PENDING}, in
   * printed order; unmodifiable}
   */
  public static List<CaseResult> closed() {
    return List.of(UPHELD, CORRECTED, OTHER);
  }
}
