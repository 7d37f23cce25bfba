package org.ogireport.render;

/** The formats a report renders to, each with its command-line name. */
public enum RenderFormat {
  /** HTML, a {@code <table>} per table with the official form's spans; a full page. */
  HTML("html"),
  /** Markdown with pipe tables. */
  MARKDOWN("markdown"),
  /** Plain text, columns aligned for a monospace font (CJK characters two columns wide). */
  TEXT("text");

  private final String name;

  RenderFormat(String name) {
    this.name = name;
  }

  /** {@return the name on the command line, e.g. {@code markdown}} */
  public String getName() {
    return name;
  }

  /** {@return a renderer of this format with its default options (HTML: a full page)} */
  public ReportRenderer renderer() {
    return switch (this) {
      case HTML -> HtmlRenderer.page();
      case MARKDOWN -> new MarkdownRenderer();
      case TEXT -> new TextRenderer();
    };
  }

  /**
   * Obtains the format by its name.
   *
   * @param name the name, exactly {@code html}, {@code markdown} or {@code text}
   * @return the format
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static RenderFormat ofName(String name) {
    for (RenderFormat f : values()) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "': expected html, markdown or text");
  }
}
