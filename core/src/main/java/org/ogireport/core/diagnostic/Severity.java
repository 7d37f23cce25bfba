package org.ogireport.core.diagnostic;

import java.util.Locale;

/**
 * How much a {@link Diagnostic} matters. Rules of the catalogue are {@link #ERROR} or
 * {@link #WARNING}; readers also say {@link #INFO} for a variant of the form read without loss.
 *
 * <pre>{@code
 * Severity.ERROR.getCode();   // "error"
 * }</pre>
 */
public enum Severity {
  /** The report breaks the form, or data could not be read: a cell stays blank or is doubtful. */
  ERROR,
  /** Worth a look: the report deviates from the form and was read or checked in a stated way. */
  WARNING,
  /** A variant of the form was recognised and read without loss. */
  INFO;

  /**
   * The lower-case code used in every output: {@code "error"}, {@code "warning"} or {@code "info"}.
   *
   * @return the code
   */
  public String getCode() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The severity with a code.
   *
   * @param code {@code "error"}, {@code "warning"} or {@code "info"}
   * @return the severity
   * @throws IllegalArgumentException naming the code and the known ones
   */
  public static Severity ofCode(String code) {
    for (Severity s : values()) {
      if (s.getCode().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + code + "': expected error, warning or info");
  }

  /**
   * The code, e.g. {@code warning}.
   *
   * @return {@link #getCode()}
   */
  @Override
  public String toString() {
    return getCode();
  }
}
