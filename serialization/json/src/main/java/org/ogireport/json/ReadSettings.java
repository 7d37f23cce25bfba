package org.ogireport.json;

import java.util.List;
import java.util.function.Consumer;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;

/**
 * How one read goes, passed to the deserializer as a Jackson context attribute under this class.
 * Without it (a plain {@code ObjectMapper} with the module) a read is strict, unknown fields
 * included, whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says: Spring Boot turns that off for
 * application types, and the report format stays strict under any mapper.
 *
 * @param problems where a lenient read hands its problems, or null when strict
 * @param failOnUnknownFields whether an unknown field is a problem (else skipped)
 */
record ReadSettings(Consumer<Diagnostic> problems, boolean failOnUnknownFields) {

  /**
   * Problems that can be worked around are added to the list, located in the source: the one
   * place they are made.
   */
  static ReadSettings lenient(List<Diagnostic> list, String source, boolean failOnUnknownFields) {
    return new ReadSettings(problem -> {
      Location at = problem.getLocation();
      list.add(problem.withLocation(at.at(source, at.getLine(), at.getColumn())));
    }, failOnUnknownFields);
  }
}
