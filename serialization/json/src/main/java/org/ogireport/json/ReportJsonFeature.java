package org.ogireport.json;

/**
 * The options of {@link ReportJson}, each on or off by default as documented on the constant
 * (after Jackson's {@code JavaTimeFeature}).
 *
 * <pre>{@code
 * ReportJson json = ReportJson.builder().disable(ReportJsonFeature.FAIL_ON_UNKNOWN_FIELDS).build();
 * }</pre>
 */
public enum ReportJsonFeature {
  /**
   * A field the format does not know is an error (in lenient reads: a problem). When off, such
   * fields are skipped without a word, for JSON that carries extra data of its own. On by default.
   */
  FAIL_ON_UNKNOWN_FIELDS(true),
  /**
   * Anything after the report object but whitespace is an error ({@code {...} {...}},
   * {@code {...}]}). When off, reading stops after the report. On by default.
   */
  FAIL_ON_TRAILING_TOKENS(true),
  /**
   * Writes every non-ASCII character as a {@code \\uXXXX} escape, for channels that are not
   * UTF-8 clean. Off by default: the canonical form writes Chinese text as it is.
   */
  ESCAPE_NON_ASCII(false);

  private final boolean enabledByDefault;

  ReportJsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** {@return whether the feature is on unless disabled} */
  public boolean isEnabledByDefault() {
    return enabledByDefault;
  }
}
