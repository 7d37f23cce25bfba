package org.ogireport.core.diagnostic;

import org.ogireport.core.SectionId;
import org.ogireport.core.TableId;

/**
 * A part of a report that is not one table cell: a top-level field, a narrative section or a
 * whole table. A {@link Location} names one of these, a cell slot, or a row.
 *
 * <pre>{@code
 * ReportField.of(SectionId.PROBLEMS).getPath();   // "sections.problems"
 * }</pre>
 */
public enum ReportField {
  /** The report as a whole. */
  REPORT(""),
  /** {@code edition}. */
  EDITION("edition"),
  /** {@code organ}. */
  ORGAN("organ"),
  /** {@code year}. */
  YEAR("year"),
  /** {@code publishedOn}. */
  PUBLISHED_ON("publishedOn"),
  /** Section 一、总体情况. */
  OVERVIEW("sections.overview"),
  /** Section 五、存在的主要问题及改进情况. */
  PROBLEMS("sections.problems"),
  /** Section 六、其他需要报告的事项. */
  OTHER_MATTERS("sections.otherMatters"),
  /** Table 二 as a whole. */
  PROACTIVE_DISCLOSURE("proactiveDisclosure"),
  /** Table 三 as a whole. */
  APPLICATIONS("applications"),
  /** Table 四 as a whole. */
  REVIEW_AND_LITIGATION("reviewAndLitigation");

  private final String path;

  ReportField(String path) {
    this.path = path;
  }

  /**
   * The JSON path of the field from the report root, e.g. {@code sections.overview}; empty for
   * {@link #REPORT}.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * The field of a narrative section.
   *
   * @param section the section, not null
   * @return {@link #OVERVIEW}, {@link #PROBLEMS} or {@link #OTHER_MATTERS}
   */
  public static ReportField of(SectionId section) {
    return switch (section) {
      case OVERVIEW -> OVERVIEW;
      case PROBLEMS -> PROBLEMS;
      case OTHER_MATTERS -> OTHER_MATTERS;
    };
  }

  /**
   * The field of a whole table.
   *
   * @param table the table, not null
   * @return {@link #PROACTIVE_DISCLOSURE}, {@link #APPLICATIONS} or {@link #REVIEW_AND_LITIGATION}
   */
  public static ReportField of(TableId table) {
    return switch (table) {
      case PROACTIVE_DISCLOSURE -> PROACTIVE_DISCLOSURE;
      case APPLICATIONS -> APPLICATIONS;
      case REVIEW_AND_LITIGATION -> REVIEW_AND_LITIGATION;
    };
  }
}
