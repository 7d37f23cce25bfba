package org.ogireport.importer.variants;

/** One way published reports differ from the official form's text; quirks combine freely. */
enum Quirk {
  /** Long labels wrapped over two or three lines. */
  WRAPPED_LABELS,
  /** Group labels (三、本年度办理结果, （三）不予公开 …) printed one character per line. */
  VERTICAL_GROUPS,
  /** Page footers ({@code - 3 -}, {@code — 3 —}, {@code 第 3 页}, {@code 3/7}) between rows. */
  PAGE_FOOTERS,
  /** Site chrome before the title and after section 六. */
  CHROME,
  /** Full-width digits ０１２. */
  FULL_WIDTH_DIGITS,
  /** Half-width brackets and colons: (一), (单位:万元). */
  HALF_WIDTH_PUNCTUATION,
  /** ASCII quotes: "三安全一稳定". */
  ASCII_QUOTES,
  /** Short labels spaced out: 结 果 维 持. */
  SPACED_GLYPHS,
  /** Item numbers 1、 instead of 1. */
  ITEM_NUMBER_COMMA,
  /** Item numbers 1． (full-width full stop). */
  ITEM_NUMBER_FULL_STOP,
  /** Header variants: 本年数量/本年增/本年减/本年增减, 规范性文件 in 2021, 收费金额, 未经复议直接诉讼. */
  HEADER_VARIANTS,
  /** A 2021 form printing a single （六）其他处理 row. */
  SINGLE_OTHER_HANDLING,
  /** Blank cells and markers / - — 无 in the middle of rows. */
  BLANKS_AND_MARKERS,
  /** An extra 法人或其他组织 subtotal column in table 三. */
  SUBTOTAL_COLUMN,
  /** Thousands separators: 11,398,889 or 11，398，889. */
  THOUSANDS_SEPARATORS,
  /** Counts with trailing spaces or the unit 件. */
  COUNT_SUFFIX,
  /** Signed changes: +1036 and -18. */
  PLUS_SIGN,
  /** Money printed 7730.28, 91.82万元, 68000元, 6.8 万元. */
  MONEY_STYLES,
  /** Traditional characters, with the Taiwan word 檔案 for 文件. */
  TRADITIONAL,
  /** Table 三's header wrapped differently: 法人或其他组织 alone, 商业\n企业. */
  APPLICANT_HEADER_WRAPPING
}
