/**
 * The renderings of a report: HTML, Markdown and text ({@link org.ogireport.render}), CSV
 * ({@link org.ogireport.csv}) and the JSON Schema of the report format ({@link
 * org.ogireport.schema}).
 *
 * <p>{@code org.ogireport.schema} is open because its schema files are resources that any class
 * loader reads by the name {@code ReportSchema.resourceName} gives; a named module's class loader
 * finds a resource in a package only when the package is open to every module.
 */
module org.ogireport.render {
  requires transitive org.ogireport.core;
  requires transitive com.fasterxml.jackson.databind; // ReportSchema builds ObjectNodes
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.ogireport.render;
  exports org.ogireport.csv;
  exports org.ogireport.schema;

  opens org.ogireport.schema;
}
