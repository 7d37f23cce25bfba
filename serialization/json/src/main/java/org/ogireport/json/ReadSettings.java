package org.ogireport.json;

import java.util.List;

/**
 * How one read goes, passed to the deserializer as a Jackson context attribute under this class.
 * Without it (a plain {@code ObjectMapper} with the module) a read is strict.
 */
final class ReadSettings {

  private final List<JsonProblem> problems;

  private ReadSettings(List<JsonProblem> problems) {
    this.problems = problems;
  }

  /** Every problem is an error. */
  static ReadSettings strict() {
    return new ReadSettings(null);
  }

  /** Problems that can be worked around are added to the list. */
  static ReadSettings lenient(List<JsonProblem> problems) {
    return new ReadSettings(problems);
  }

  /** The list lenient reads add to, or null when strict. */
  List<JsonProblem> problems() {
    return problems;
  }
}
