package org.ogireport.json;

import java.util.List;
import org.ogireport.json.format.ReportReader;

/**
 * How one read goes, passed to the deserializer as a Jackson context attribute under this class.
 * Without it (a plain {@code ObjectMapper} with the module) a read is strict.
 */
final class ReadSettings {

  private static final ReadSettings STRICT = new ReadSettings(null);

  private final ReportReader.Problems problems;

  private ReadSettings(ReportReader.Problems problems) {
    this.problems = problems;
  }

  /** Every problem is an error. */
  static ReadSettings strict() {
    return STRICT;
  }

  /** Problems that can be worked around are added to the list: the one place they are made. */
  static ReadSettings lenient(List<JsonProblem> list) {
    return new ReadSettings(
        (path, line, column, message) -> list.add(new JsonProblem(path, line, column, message)));
  }

  /** Where a lenient read hands its problems, or null when strict. */
  ReportReader.Problems problems() {
    return problems;
  }
}
