package org.ogireport.json;

import java.util.Objects;

/**
 * Something a lenient read met and worked around: where it is in the JSON and what was done.
 *
 * <pre>{@code
 * problem.toString();   // "12:7: applications.newReceived.total: expected a whole number, null or "/", got "3"; read as blank"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonProblem {

  private final String path;
  private final int line;
  private final int column;
  private final String message;

  /**
   * Creates a problem at a place.
   *
   * @param path the JSON path, e.g. {@code applications.newReceived.total}; empty for the root,
   *     not null
   * @param line the 1-based line, 0 when not known
   * @param column the 1-based column, 0 when not known
   * @param message what is wrong and what the reader did about it, e.g.
   *     {@code expected a whole number, null or "/", got "3"; read as blank}; not null
   * @throws NullPointerException when {@code path} or {@code message} is null
   */
  public JsonProblem(String path, int line, int column, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** {@return the JSON path of the value, e.g. {@code applications.newReceived.total}; empty for the root} */
  public String getPath() {
    return path;
  }

  /** {@return the 1-based line, 0 when not known} */
  public int getLine() {
    return line;
  }

  /** {@return the 1-based column, 0 when not known} */
  public int getColumn() {
    return column;
  }

  /** {@return what is wrong and, after {@code "; "}, what the reader did about it} */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem other
        && other.path.equals(path)
        && other.line == line
        && other.column == column
        && other.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, column, message);
  }

  /** {@code line:column: path: message}. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
