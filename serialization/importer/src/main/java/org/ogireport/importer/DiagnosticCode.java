package org.ogireport.importer;

import java.util.List;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;

/**
 * The catalogue of the importer's diagnostics: each constant is the stable {@linkplain
 * Diagnostic#getCode() code} of a {@link Diagnostic} the importer returns ({@code name()}, e.g.
 * {@code MISSING_ROW}), with its severity and the names of its {@linkplain
 * Diagnostic#getArguments() arguments}. The messages, in Chinese and English, are in the bundle
 * {@code org/ogireport/importer/Messages} ({@code _zh_CN} beside it), keyed by the code.
 *
 * <pre>{@code
 * result.getDiagnostics().stream()
 *     .filter(d -> d.getCode().equals(DiagnosticCode.MISSING_ROW.name()))
 *     .forEach(d -> System.out.println(d.getLocation() + " " + d.getArguments().get("row")));
 * // line 48: applications.outcomes.withheld.inquiryMatters 8.属于行政查询事项
 * }</pre>
 *
 * <p>Codes are stable: tools filter by them.
 */
public enum DiagnosticCode {
  /** The title (organ and year) was not found; the organ is left empty. */
  TITLE_NOT_FOUND(Severity.ERROR),
  /** A title with the report year, but no organ before it nor on the lines above it. */
  ORGAN_NOT_FOUND(Severity.ERROR),
  /** No title names the organ; it was taken from elsewhere on the page. */
  ORGAN_FROM_PAGE(Severity.WARNING, "organ", "where"),
  /** The title named the organ without its city or province, which the report's text gives. */
  ORGAN_QUALIFIED(Severity.INFO, "printed", "organ"),
  /** The report year came from the body text, not from the title. */
  YEAR_FROM_TEXT(Severity.WARNING, "year"),
  /** The table shape did not tell the edition; it was taken from the report year. */
  EDITION_FROM_YEAR(Severity.WARNING, "edition"),
  /** A table was not found; its cells are blank. */
  TABLE_NOT_FOUND(Severity.ERROR, "table"),
  /** A row of the form was not found; its cells are blank. */
  MISSING_ROW(Severity.WARNING, "row"),
  /**
   * A row printed fewer cells than the form has; the missing ones are blank. The rules of the
   * form confirm the values in the first cells (or the row prints none).
   */
  MISSING_CELLS(Severity.WARNING, "row", "cells", "read"),
  /**
   * A row printed fewer values than the form has cells, and no rule of the form confirms the
   * values standing in its first cells (a blank cell lost in the middle would shift them): the
   * row's cells are blank.
   */
  CELLS_NOT_PLACED(Severity.ERROR, "row", "cells", "printed"),
  /** A row printed more numbers than the form has cells; the extra ones are ignored. */
  EXTRA_NUMBER(Severity.WARNING, "row", "cells", "printed", "extra"),
  /** A row was printed twice; the first one was kept. */
  DUPLICATE_ROW(Severity.WARNING, "row"),
  /** Numbers under a label that matches no row of the form; they were not read. */
  UNKNOWN_ROW(Severity.WARNING, "label"),
  /** A label was recognised approximately. */
  LABEL_FUZZY_MATCH(Severity.INFO, "label", "row"),
  /** A 2021-form report printed one （六）其他处理 row. */
  SINGLE_OTHER_HANDLING_ROW(Severity.WARNING),
  /** A 法人或其他组织 subtotal column was recognised and skipped. */
  SUBTOTAL_COLUMN(Severity.INFO),
  /** A subtotal column whose place nothing tells; the cells it could shift are left blank. */
  SUBTOTAL_COLUMN_UNPLACED(Severity.ERROR),
  /** A subtotal (column or group row) is not the sum of its parts. */
  SUBTOTAL_MISMATCH(Severity.WARNING, "subtotal", "printed", "sum"),
  /** A group subtotal row was recognised and checked. */
  GROUP_SUBTOTAL_ROW(Severity.INFO, "group"),
  /** Cells printed run together were split in the only way their digits allow. */
  RUN_TOGETHER_ONE_SPLIT(Severity.WARNING, "row", "printed", "split"),
  /** Cells printed run together were split in the only way the form's rules allow. */
  RUN_TOGETHER_RECOVERED(Severity.WARNING, "row", "printed", "split", "rules"),
  /** Cells printed run together can be split in several ways; the undecided ones are blank. */
  RUN_TOGETHER_AMBIGUOUS(Severity.ERROR, "row", "printed", "count", "candidates"),
  /** No split of the run-together cells fits every rule; one rule instance was relaxed. */
  RULE_RELAXED(Severity.WARNING, "rule"),
  /** Numbers printed alone beside a table of rows, belonging to no row. */
  STRAY_VALUES(Severity.WARNING, "text"),
  /** A row printed without its label was placed by the form's row order. */
  ROW_BY_POSITION(Severity.WARNING, "row"),
  /** Rows printed without labels do not fit the rows missing between their neighbours. */
  ROWS_NOT_PLACED(Severity.ERROR, "rows", "after", "before", "missing"),
  /** Rows placed by position break the table's rules; they are left blank. */
  POSITION_UNCONFIRMED(Severity.ERROR, "row"),
  /** The report given as last year's is of another year; the series rules were not used. */
  PREVIOUS_NOT_LAST_YEAR(Severity.WARNING, "previousYear", "year"),
  /** A money cell printed no unit. */
  UNIT_UNKNOWN(Severity.WARNING, "value"),
  /** A cell printed a unit other than the form's. */
  UNIT_NOT_FORM(Severity.WARNING, "value", "unit"),
  /** A cell that should hold a whole number printed something else; it is blank. */
  NOT_A_NUMBER(Severity.ERROR, "value"),
  /** Traditional characters were folded to simplified ones for matching. */
  TRADITIONAL_CHARACTERS(Severity.INFO),
  /** Pinyin injected after characters was removed. */
  PINYIN_REMOVED(Severity.INFO),
  /**
   * The text prints radical glyphs for ordinary characters ({@code ⼈民政府}, as pdftotext gives
   * some PDF fonts): they were read as the characters ({@code 人民政府}).
   */
  RADICAL_GLYPHS(Severity.INFO);

  private final Severity severity;
  private final List<String> parameters;

  DiagnosticCode(Severity severity, String... parameters) {
    this.severity = severity;
    this.parameters = List.of(parameters);
  }

  /**
   * The severity of every diagnostic with this code.
   *
   * @return the severity, never null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The names of the arguments of every diagnostic with this code, in the order the importer
   * gives them, e.g. {@code [row, cells, printed, extra]} for {@link #EXTRA_NUMBER}.
   */
  List<String> getParameters() {
    return parameters;
  }
}
