package org.ogireport.importer.variants;

import java.util.EnumSet;
import java.util.Set;

/**
 * The shapes in which government sites carry a report's tables in HTML, each drawn by
 * {@link HtmlShapePage} from the official form's grids (rowspans and colspans as the form
 * draws them).
 */
enum HtmlShape {
  /**
   * Word's "Save as web page": {@code <table class=MsoNormalTable>}, every cell
   * {@code <td><p class=MsoNormal><span>…</span></p></td>}, source lines wrapped inside tags,
   * numbers split over two spans, {@code <o:p>&nbsp;</o:p>} in blank cells.
   */
  WORD_EXPORT(true, false, EnumSet.of(Quirk.BLANKS_AND_MARKERS)),
  /**
   * A CMS rich-text body inside site chrome (navigation, breadcrumb, 来源/发布时间, share
   * links, footer): plain {@code <table border=1>}, numbers in {@code <span style>}, blank
   * cells {@code &nbsp;} or {@code <br>}.
   */
  CMS_BODY(false, false, EnumSet.of(Quirk.BLANKS_AND_MARKERS)),
  /** Word's export with each table split into two tables at a page break, the header not repeated. */
  SPLIT_AT_PAGE_BREAK(true, true, EnumSet.noneOf(Quirk.class)),
  /** A CMS body whose labels wrap over {@code <br>}-separated lines. */
  BR_LINES(false, false, EnumSet.of(Quirk.WRAPPED_LABELS, Quirk.VERTICAL_GROUPS,
      Quirk.APPLICANT_HEADER_WRAPPING)),
  /** Word's export whose labels wrap over two or three {@code <p>} in a cell. */
  PARAGRAPH_LINES(true, false, EnumSet.of(Quirk.WRAPPED_LABELS, Quirk.VERTICAL_GROUPS,
      Quirk.APPLICANT_HEADER_WRAPPING)),
  /** A CMS body with full-width digits and the markers / - — 无 in cells. */
  FULL_WIDTH_AND_MARKERS(false, false,
      EnumSet.of(Quirk.FULL_WIDTH_DIGITS, Quirk.BLANKS_AND_MARKERS)),
  /** Word's export split at page breaks, with full-width digits, markers and wrapped labels. */
  ALL_TOGETHER(true, true, EnumSet.of(Quirk.FULL_WIDTH_DIGITS, Quirk.BLANKS_AND_MARKERS,
      Quirk.WRAPPED_LABELS, Quirk.APPLICANT_HEADER_WRAPPING)),
  /**
   * Word's export split at page breaks by a converter that drops a cell spanning rows across
   * the cut from the second part: its rows are narrower than the table.
   */
  SPLIT_SPANS_DROPPED(true, true, EnumSet.noneOf(Quirk.class), Trait.SPANS_DROPPED),
  /** Split at page breaks, a cell spanning rows across the cut printing its label again below. */
  SPLIT_LABELS_REPEATED(true, true, EnumSet.noneOf(Quirk.class), Trait.LABELS_REPEATED),
  /**
   * A CMS body whose tables start with the section heading as a row spanning the table, and
   * whose rows leave out their trailing empty cells.
   */
  HEADING_ROWS_AND_SHORT_ROWS(false, false, EnumSet.of(Quirk.BLANKS_AND_MARKERS),
      Trait.HEADING_ROW, Trait.TRAILING_BLANKS_DROPPED),
  /** A CMS body with full-width signs and markers: －18, ／, －, ——. */
  FULL_WIDTH_SIGNS(false, false, EnumSet.of(Quirk.FULL_WIDTH_DIGITS, Quirk.BLANKS_AND_MARKERS),
      Trait.FULL_WIDTH_SIGNS),
  /**
   * Word's export of rows of unequal widths: an empty placeholder cell
   * ({@code mso-cell-special:placeholder}) before or after some rows, the headline over two
   * paragraphs (the organ, then the year and title), the page title without the organ.
   */
  PLACEHOLDERS_AND_TWO_LINE_TITLE(true, false, EnumSet.noneOf(Quirk.class),
      Trait.PLACEHOLDER_CELLS, Trait.TITLE_OVER_TWO_LINES),
  /** A CMS body whose headline is broken by {@code <br>} after the organ, with placeholders. */
  CMS_TWO_LINE_TITLE(false, false, EnumSet.of(Quirk.BLANKS_AND_MARKERS),
      Trait.PLACEHOLDER_CELLS, Trait.TITLE_OVER_TWO_LINES),
  /**
   * A CMS body that stripped the styles of Word's placeholder cells: a plain empty cell before
   * or after some rows, which nothing tells from a blank cell of the form.
   */
  CMS_PLAIN_PADDING(false, false, EnumSet.of(Quirk.BLANKS_AND_MARKERS), Trait.PLAIN_PADDING_CELLS);

  /** Markup traits beyond the quirks of the printed text. */
  enum Trait {
    /** A page break drops the cell spanning rows across it from the part below. */
    SPANS_DROPPED,
    /** A page break repeats the label of the cell spanning rows across it. */
    LABELS_REPEATED,
    /** The section heading as the table's first row. */
    HEADING_ROW,
    /** Rows without their trailing empty cells. */
    TRAILING_BLANKS_DROPPED,
    /** Signs and markers in full-width forms. */
    FULL_WIDTH_SIGNS,
    /** Empty placeholder cells before or after some rows. */
    PLACEHOLDER_CELLS,
    /** The headline broken after the organ; the page title without it. */
    TITLE_OVER_TWO_LINES,
    /** Empty cells without any style before or after some rows. */
    PLAIN_PADDING_CELLS
  }

  private final boolean word;
  private final boolean split;
  private final Set<Quirk> quirks;
  private final Set<Trait> traits;

  HtmlShape(boolean word, boolean split, Set<Quirk> quirks, Trait... traits) {
    this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.of(traits[0], traits);
    this.word = word;
    this.split = split;
    this.quirks = quirks;
  }

  /** Whether the cells carry Word's markup. */
  boolean word() {
    return word;
  }

  /** Whether the shape has a markup trait. */
  boolean has(Trait trait) {
    return traits.contains(trait);
  }

  /** Whether each table is split into two at a page break. */
  boolean split() {
    return split;
  }

  /** The variant whose published report and printer the shape uses. */
  Variant variant(long seed) {
    return new Variant(Layout.WORD_HTML, quirks, seed);
  }
}
