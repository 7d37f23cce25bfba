/**
 * The {@code ogi-report} command line, also run from the module path:
 * {@code java --module-path <jars> --module org.ogireport.cli COMMAND ARGS...}. Its API is {@link
 * org.ogireport.cli.Main}; picocli reads the commands' annotated fields by reflection, hence the
 * package opened to it alone.
 */
module org.ogireport.cli {
  requires org.ogireport.core;
  requires org.ogireport.validation;
  requires org.ogireport.json;
  requires org.ogireport.importer;
  requires org.ogireport.render;
  requires org.ogireport.evaluation;
  requires org.ogireport.office;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires java.logging; // Main quiets the JDK loggers of the libraries

  exports org.ogireport.cli;

  opens org.ogireport.cli to info.picocli;
}
