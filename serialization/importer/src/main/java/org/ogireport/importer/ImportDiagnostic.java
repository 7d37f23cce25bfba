package org.ogireport.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing the importer met while reading a published report: a code from
 * {@link DiagnosticCode}, its severity, where in the source (1-based line and column, 0 when
 * not known) and a message in Chinese or English.
 *
 * <pre>{@code
 * for (ImportDiagnostic d : result.getDiagnostics()) {
 *   System.err.println(d);   // 78: warning EXTRA_NUMBER row '行政复议、行政诉讼' has 15 cells but prints 16 ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportDiagnostic {

  private final DiagnosticCode code;
  private final String path;
  private final int line;
  private final int column;
  private final List<Object> arguments;

  ImportDiagnostic(
      DiagnosticCode code, String path, int line, int column, Object... arguments) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.arguments = List.copyOf(Arrays.asList(arguments));
  }

  /**
   * The stable code, e.g. {@link DiagnosticCode#EXTRA_NUMBER}.
   *
   * @return the code, never null
   */
  public DiagnosticCode getCode() {
    return code;
  }

  /**
   * The severity of the code.
   *
   * @return the severity, never null
   */
  public Severity getSeverity() {
    return code.getSeverity();
  }

  /**
   * The JSON path of what the diagnostic concerns in the report: a cell
   * ({@code applications.newReceived.total}), a row ({@code proactiveDisclosure.licensing}), a
   * table ({@code reviewAndLitigation}) or a top-level field ({@code organ}); empty when it
   * concerns the source rather than a part of the report.
   *
   * @return the path, never null
   */
  public String getPath() {
    return path;
  }

  /**
   * The line in the source.
   *
   * @return the 1-based line, 0 when the diagnostic concerns the whole report
   */
  public int getLine() {
    return line;
  }

  /**
   * The column in the line.
   *
   * @return the 1-based column, 0 when not known
   */
  public int getColumn() {
    return column;
  }

  /**
   * The values the message names, in template order.
   *
   * @return the arguments, unmodifiable
   */
  public List<Object> getArguments() {
    return arguments;
  }

  /**
   * The message in Chinese for a Chinese locale, in English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message, one line
   */
  public String getMessage(Locale locale) {
    String template = "zh".equals(locale.getLanguage()) ? code.getChinese() : code.getEnglish();
    return String.format(Locale.ROOT, template, arguments.toArray());
  }

  /** {@code LINE: severity CODE message} with the English message. */
  @Override
  public String toString() {
    return line + ": " + getSeverity().getLabel() + " " + code + " " + getMessage(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportDiagnostic d
        && d.code == code && d.path.equals(path) && d.line == line && d.column == column && d.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, line, column, arguments);
  }
}
