package org.ogireport.compare;

import java.util.Objects;

/**
 * The outputs of a {@link YearComparison}.
 *
 * <pre>{@code
 * String page = ComparisonFormat.HTML.render(comparison);
 * ComparisonFormat.ofName("md").render(comparison);   // Markdown
 * }</pre>
 *
 * <p>Labels, headings and notes are in Chinese, as on the form; findings carry both languages in
 * JSON and print in Chinese in HTML and Markdown.
 */
public enum ComparisonFormat {
  /**
   * A complete HTML page: this year's official tables with every data cell marked by its change
   * (class {@code ogi-up}, {@code ogi-down}, {@code ogi-same}, {@code ogi-no-number},
   * {@code ogi-not-comparable}, plus {@code ogi-finding} where a series rule found something),
   * last year's value and the difference under it; the sections with their similarity and
   * changed passages ({@code <del>}/{@code <ins>}); the findings.
   */
  HTML("html"),
  /** Markdown: per table every cell with both years and the change; sections; findings. */
  MARKDOWN("md"),
  /** JSON: every cell, section and finding with the exact values, for programs. */
  JSON("json");

  private final String name;

  ComparisonFormat(String name) {
    this.name = name;
  }

  /**
   * The short name used on the command line and as file extension: {@code html}, {@code md},
   * {@code json}.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * The format with a short name.
   *
   * @param name {@code html}, {@code md} or {@code json}
   * @return the format
   * @throws IllegalArgumentException naming the name and the known ones
   */
  public static ComparisonFormat ofName(String name) {
    for (ComparisonFormat f : values()) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown comparison format '" + name + "': expected html, md or json");
  }

  /**
   * The comparison in this format.
   *
   * @param comparison the comparison, not null
   * @return the text (UTF-8 when written to a file)
   */
  public String render(YearComparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    return switch (this) {
      case HTML -> CompareHtml.render(comparison);
      case MARKDOWN -> CompareMarkdown.render(comparison);
      case JSON -> CompareJson.render(comparison);
    };
  }
}
