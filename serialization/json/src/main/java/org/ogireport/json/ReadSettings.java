package org.ogireport.json;

import java.util.List;
import org.ogireport.json.format.ReportReader;

/**
 * How one read goes, passed to the deserializer as a Jackson context attribute under this class.
 * Without it (a plain {@code ObjectMapper} with the module) a read is strict, unknown fields
 * included, whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says: Spring Boot turns that off for
 * application types, and the report format stays strict under any mapper.
 */
final class ReadSettings {

  private static final ReadSettings STRICT = new ReadSettings(null, true);

  private final ReportReader.Problems problems;
  private final boolean failOnUnknownFields;

  private ReadSettings(ReportReader.Problems problems, boolean failOnUnknownFields) {
    this.problems = problems;
    this.failOnUnknownFields = failOnUnknownFields;
  }

  /** Every problem is an error, unknown fields too unless they are to be skipped. */
  static ReadSettings strict(boolean failOnUnknownFields) {
    return failOnUnknownFields ? STRICT : new ReadSettings(null, false);
  }

  /** Problems that can be worked around are added to the list: the one place they are made. */
  static ReadSettings lenient(List<JsonProblem> list, boolean failOnUnknownFields) {
    return new ReadSettings(
        (path, line, column, message) -> list.add(new JsonProblem(path, line, column, message)),
        failOnUnknownFields);
  }

  /** Whether an unknown field is a problem (else skipped). */
  boolean failOnUnknownFields() {
    return failOnUnknownFields;
  }

  /** Where a lenient read hands its problems, or null when strict. */
  ReportReader.Problems problems() {
    return problems;
  }
}
