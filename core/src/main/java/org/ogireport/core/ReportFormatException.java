package org.ogireport.core;

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
 * <p>Unchecked, so that streams of reports can be read in lambdas; a reader documents it.
 */
public class ReportFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String reason;

  /**
   * An error at a place in a source.
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

  /** An error with a reason only. */
  public ReportFormatException(String source, String reason) {
    this(source, 0, 0, null, reason, null);
  }

  private static String format(String source, int line, int column, String path, String reason) {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? ":" : "line ").append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    if (path != null && !path.isEmpty()) {
      sb.append(sb.length() > 0 ? ": " : "").append(path);
    }
    if (sb.length() > 0) {
      sb.append(": ");
    }
    return sb.append(reason).toString();
  }

  /** The file name or description of the input, or null. */
  public String getSource() {
    return source;
  }

  /** The 1-based line, 0 when not known. */
  public int getLine() {
    return line;
  }

  /** The 1-based column, 0 when not known. */
  public int getColumn() {
    return column;
  }

  /** The JSON path of the offending value, or null. */
  public String getPath() {
    return path;
  }

  /** What is wrong, without the location. */
  public String getReason() {
    return reason;
  }
}
