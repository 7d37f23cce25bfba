package org.ogireport.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.MessageBundle;

/**
 * Collects the diagnostics of one import, each a {@link Diagnostic} with the code's severity,
 * its named arguments and its messages from the bundle {@code Messages}; not thread-safe, one
 * per read.
 */
final class Diagnostics {

  private static final String BUNDLE = "org.ogireport.importer.Messages";
  private static final MessageBundle MESSAGES = MessageBundle.of(
      ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE),
      ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

  private final List<Diagnostic> list = new ArrayList<>();

  /**
   * Adds a diagnostic about a part of the report (a cell, a row, a table or a field) at a
   * position in the input.
   *
   * @param code the code
   * @param where what it concerns in the report, {@link Location#report()} for none
   * @param line the 1-based line in the input, 0 when not known
   * @param column the 1-based column, 0 when not known
   * @param arguments the values of the code's parameters, in their order
   */
  void add(DiagnosticCode code, Location where, int line, int column, Object... arguments) {
    list.add(of(code, where.at(null, Math.max(0, line), Math.max(0, column)), arguments));
  }

  /** Adds a diagnostic about the input at a line, concerning no part of the report. */
  void add(DiagnosticCode code, int line, Object... arguments) {
    add(code, Location.report(), line, 0, arguments);
  }

  /** The diagnostic of a code with its arguments, named as the code names its parameters. */
  static Diagnostic of(DiagnosticCode code, Location where, Object... arguments) {
    List<String> names = code.getParameters();
    if (names.size() != arguments.length) {
      throw new IllegalArgumentException(code + " takes " + names + ", got "
          + arguments.length + " arguments");
    }
    Diagnostic.Builder builder = Diagnostic.builder(code.name(), code.getSeverity())
        .location(where);
    for (int i = 0; i < arguments.length; i++) {
      builder.argument(names.get(i), Objects.requireNonNullElse(arguments[i], ""));
    }
    return builder.message(MESSAGES, code.name()).build();
  }

  /** The diagnostics by line (stable for equal lines). */
  List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt(d -> d.getLocation().getLine()));
    return copy;
  }
}
