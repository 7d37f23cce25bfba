package org.ogireport.core;

import java.util.List;

/**
 * The three blocks of table 四, each one row of five {@link CaseResult} cells: 行政复议, and
 * 行政诉讼 split into 未经复议直接起诉 and 复议后起诉.
 */
public enum CaseBlock implements Row<CaseResult> {
  /** 行政复议. */
  REVIEW("review", "", "行政复议"),
  /** 行政诉讼 · 未经复议直接起诉. */
  LITIGATION_DIRECT("litigationDirect", "行政诉讼", "未经复议直接起诉"),
  /** 行政诉讼 · 复议后起诉. */
  LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼", "复议后起诉");

  private static final List<CaseResult> COLUMNS = List.of(CaseResult.values());

  private final String jsonPath;
  private final String parentLabel;
  private final String label;

  CaseBlock(String jsonPath, String parentLabel, String label) {
    this.jsonPath = jsonPath;
    this.parentLabel = parentLabel;
    this.label = label;
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

  /** {@return the header above the block: {@code 行政诉讼} for the two litigation blocks, else empty} */
  public String getParentLabel() {
    return parentLabel;
  }

  @Override
  public String getGroupLabel() {
    return parentLabel;
  }

  /** {@return whether this block is one of the two 行政诉讼 blocks} */
  public boolean isLitigation() {
    return !parentLabel.isEmpty();
  }

  @Override
  public List<CaseResult> getColumns() {
    return COLUMNS;
  }

  @Override
  public boolean isIn(Edition edition) {
    return true;
  }
}
