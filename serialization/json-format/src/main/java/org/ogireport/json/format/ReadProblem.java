package org.ogireport.json.format;

import static org.ogireport.core.diagnostic.Severity.ERROR;
import static org.ogireport.core.diagnostic.Severity.WARNING;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.MessageBundle;
import org.ogireport.core.diagnostic.Severity;

/**
 * What a read can meet in well-formed JSON that is not quite a report, each with the severity
 * and the stable code of its diagnostic (what the report holds and could not be read is an error:
 * {@code JSON_BAD_VALUE}, {@code JSON_MISSING}; what the input holds beyond the report and was
 * left out is a warning: {@code JSON_NOT_IN_EDITION}, {@code JSON_DUPLICATE},
 * {@code JSON_UNKNOWN_FIELD}) and its message in the bundles {@code Messages_en} and
 * {@code Messages_zh_CN} beside this class. A strict read throws the English message; a lenient
 * one makes a {@link Diagnostic} of it with what the reader did ({@link Action}): the message is
 * {@code <what>; <action>}, e.g. {@code expected a whole number, null or "/", got "3"; read as
 * blank}.
 */
enum ReadProblem {
  OBJECT_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  DATE_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  TEXT_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  HALF_SURROGATE(ERROR, "JSON_BAD_VALUE"),
  COUNT_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  COUNT_RANGE(ERROR, "JSON_BAD_VALUE"),
  MONEY_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  DECIMAL_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  MONEY_RANGE(ERROR, "JSON_BAD_VALUE"),
  UNIT_EXPECTED(ERROR, "JSON_BAD_VALUE"),
  UNIT_UNKNOWN(ERROR, "JSON_BAD_VALUE"),
  MISSING_FIELD(ERROR, "JSON_MISSING"),
  MISSING_UNIT(ERROR, "JSON_MISSING"),
  MISSING_TABLE(ERROR, "JSON_MISSING"),
  MISSING_CELL(ERROR, "JSON_MISSING"),
  NOT_IN_EDITION(WARNING, "JSON_NOT_IN_EDITION"),
  DUPLICATE(WARNING, "JSON_DUPLICATE"),
  UNKNOWN_FIELD(WARNING, "JSON_UNKNOWN_FIELD");

  /** What a lenient read did about a problem. */
  enum Action {
    BLANK, CELL_BLANK, CELLS_BLANK, TABLE_BLANK, UNIT_UNKNOWN, IGNORED, LATER_IGNORED, KEPT
  }

  /** A value met that is no scalar, named in words in each language. */
  enum Got {
    OBJECT, ARRAY, END
  }

  private static final String BUNDLE = "org.ogireport.json.format.Messages";
  private static final MessageBundle MESSAGES = MessageBundle.of(
      ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE),
      ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

  private final Severity severity;
  private final String code;

  ReadProblem(Severity severity, String code) {
    this.severity = severity;
    this.code = code;
  }

  /**
   * What was met, in a language, e.g. {@code expected a whole number, null or "/", got "3"}.
   *
   * @param arguments the message's parameters, names and values in turn; a {@link Got} value
   *     stands for its words
   */
  String what(Locale locale, Object... arguments) {
    return MESSAGES.format(name(), locale, inWords(arguments, locale));
  }

  /**
   * The problem as a diagnostic, its message made printable on one line.
   *
   * @param location where it is
   * @param action what the reader did about it
   * @param arguments the message's parameters, names and values in turn; a {@link Got} value
   *     stands for its words
   */
  Diagnostic toDiagnostic(Location location, Action action, Object... arguments) {
    Diagnostic.Builder builder = Diagnostic.builder(code, severity).location(location);
    inWords(arguments, Locale.ENGLISH).forEach(builder::argument);
    return builder.message(message(action, Locale.SIMPLIFIED_CHINESE, arguments),
        message(action, Locale.ENGLISH, arguments)).build();
  }

  private String message(Action action, Locale locale, Object... arguments) {
    return MessageBundle.printable(MESSAGES.format("problem", locale, Map.of(
        "what", what(locale, arguments),
        "action", MESSAGES.format("action." + action.name(), locale, Map.of()))));
  }

  /**
   * A value met in words, e.g. {@code an object}.
   *
   * @param value a {@link Got} or the value's text
   * @param locale the language
   */
  static String inWords(Object value, Locale locale) {
    return value instanceof Got got
        ? MESSAGES.format("got." + got.name(), locale, Map.of())
        : String.valueOf(value);
  }

  private static Map<String, Object> inWords(Object[] arguments, Locale locale) {
    Map<String, Object> words = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      words.put((String) arguments[i], inWords(arguments[i + 1], locale));
    }
    return words;
  }
}
