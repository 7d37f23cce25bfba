package org.ogireport.core;

import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Severity;

/**
 * The one exception every reader of ogi-report throws for input it cannot read: malformed or
 * over-limit JSON, a missing or unknown field, a wrong type, report text with no recognisable
 * tables. It names where: the source (a file name or {@code <string>}), the line and column
 * (1-based, 0 when not known) and, for JSON, the path of the value.
 *
 * <pre>{@code
 * try {
 *   json.read(path);
 * } catch (ReportFormatException e) {
 *   System.err.println(e.getMessage());
 *   // report.json:12:7: applications.newReceived.total: expected a whole number, got "3"
 * }
 * }</pre>
 *
 * <p>{@link #getDiagnostic()} gives the same in the one shape of every finding (code
 * {@value #UNREADABLE}, severity error, the location with source, line, column and path).
 *
 * <p>Unchecked, so that streams of reports can be read in lambdas; a reader documents it.
 */
public class ReportFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The code of the diagnostic of an input that cannot be read. */
  public static final String UNREADABLE = "UNREADABLE";

  /** The file name or description of the input, or null. */
  private final String source;
  /** The 1-based line, 0 when not known. */
  private final int line;
  /** The 1-based column, 0 when not known. */
  private final int column;
  /** The JSON path of the offending value, or null. */
  private final String path;
  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates an error at a place in a source, e.g. {@code report.json}, line 12, column 7, path
   * {@code applications.newReceived.total}.
   *
   * @param source the file name or a description such as {@code <string>}; may be null
   * @param line the 1-based line, 0 when not known
   * @param column the 1-based column, 0 when not known
   * @param path the JSON path of the value, or null
   * @param reason what is wrong, without the location
   * @param cause the underlying error, or null
   */
  public ReportFormatException(
      String source, int line, int column, String path, String reason, Throwable cause) {
    super(format(source, line, column, path, reason), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.reason = reason;
  }

  /**
   * Creates an error with a source and a reason only, without line, column or path.
   *
   * @param source the file name or a description such as {@code <string>}; may be null
   * @param reason what is wrong, without the location
   */
  public ReportFormatException(String source, String reason) {
    this(source, 0, 0, null, reason, null);
  }

  private static String format(String source, int line, int column, String path, String reason) {
    String where = location(source, line, column, path).toString();
    return where.isEmpty() ? reason : where + ": " + reason;
  }

  /** Where the error is, as every diagnostic locates: source, line, column and path. */
  private static Location location(String source, int line, int column, String path) {
    return Location.ofPath(path == null ? "" : path)
        .at(source, Math.max(line, 0), Math.max(column, 0));
  }

  /**
   * The error as a diagnostic: code {@value #UNREADABLE}, severity error, the location with
   * source, line, column and JSON path, the reason as its message.
   *
   * @return the diagnostic
   */
  public Diagnostic getDiagnostic() {
    return Diagnostic.builder(UNREADABLE, Severity.ERROR)
        .location(location(source, line, column, path)).message(reason, reason).build();
  }

  /** {@return the file name or description of the input, e.g. {@code report.json}; null when not given} */
  public String getSource() {
    return source;
  }

  /** {@return the 1-based line, 0 when not known} */
  public int getLine() {
    return line;
  }

  /** {@return the 1-based column, 0 when not known} */
  public int getColumn() {
    return column;
  }

  /**
   * {@return the JSON path of the offending value, e.g. {@code applications.newReceived.total};
   * null when the error is not at a value}
   */
  public String getPath() {
    return path;
  }

  /** {@return what is wrong, without the location, e.g. {@code expected a whole number, got "3"}} */
  public String getReason() {
    return reason;
  }
}
