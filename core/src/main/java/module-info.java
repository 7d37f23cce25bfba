/**
 * The model of the annual report on Open Government Information: both editions' tables, the
 * narrative sections, diagnostics, and analyses across reports.
 */
module org.ogireport.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value;

  exports org.ogireport.core;
  exports org.ogireport.core.analysis;
  exports org.ogireport.core.constraints;
  exports org.ogireport.core.diagnostic;
  exports org.ogireport.core.rules;
}
