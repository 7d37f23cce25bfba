package org.ogireport.office;

import org.ogireport.core.ReportFormatException;

/** The one-line errors of the readers, with the library's exception kept as the cause. */
final class Errors {

  private Errors() {}

  /** An error about a whole file, with the underlying exception as its cause. */
  static ReportFormatException of(String source, String reason, Throwable cause) {
    return new ReportFormatException(source, 0, 0, null, reason, cause);
  }

  /** The first line of an exception's message, or its class name when it has none. */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
