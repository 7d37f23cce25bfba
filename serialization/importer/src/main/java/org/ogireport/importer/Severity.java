package org.ogireport.importer;

/** How much an {@link ImportDiagnostic} matters. */
public enum Severity {
  /** Data could not be read: cells stay blank, or a value is doubtful. */
  ERROR,
  /** The report deviates from the form, and the importer read it in a stated way. */
  WARNING,
  /** A variant of the form was recognised and read without loss. */
  INFO;

  /**
   * The lower-case name used in command-line output, e.g. {@code warning}.
   *
   * @return the label
   */
  public String getLabel() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
