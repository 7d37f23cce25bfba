package org.ogireport.core;

import java.util.List;

/**
 * The columns of table 三 (申请人情况): 自然人, the five 法人或其他组织 columns, and 总计.
 *
 * <p>The official form has no subtotal column for 法人或其他组织.
 */
public enum Applicant implements Column {
  /** 自然人. */
  NATURAL_PERSON("naturalPerson", "自然人"),
  /** 法人或其他组织 · 商业企业. */
  COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
  /** 法人或其他组织 · 科研机构. */
  RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
  /** 法人或其他组织 · 社会公益组织. */
  PUBLIC_INTEREST_ORGANIZATION("publicInterestOrganization", "社会公益组织"),
  /** 法人或其他组织 · 法律服务机构. */
  LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"),
  /** 法人或其他组织 · 其他. */
  OTHER_ORGANIZATION("otherOrganization", "其他"),
  /** 总计: the sum of the six columns before it. */
  TOTAL("total", "总计");

  /** The parent header of the five organisation columns. */
  public static final String ORGANIZATIONS_LABEL = "法人或其他组织";

  private static final List<Applicant> PARTS = List.of(values()).subList(0, 6);

  private final String jsonName;
  private final String label;

  Applicant(String jsonName, String label) {
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

  /** {@return whether this is one of the five 法人或其他组织 columns} */
  public boolean isOrganization() {
    return this != NATURAL_PERSON && this != TOTAL;
  }

  /** {@return the six columns that add up to {@link #TOTAL}, in printed order; unmodifiable} */
  public static List<Applicant> parts() {
    return PARTS;
  }
}
