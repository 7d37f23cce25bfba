/**
 * The report's JSON format as a Jackson 3 module: {@link
 * org.ogireport.json.jackson3.OgiReportModule}, which {@code MapperBuilder.findAndAddModules()}
 * finds as a service of Jackson 3's {@code JacksonModule}.
 */
@SuppressWarnings("module") // named after its package, whose name ends in the Jackson version
module org.ogireport.json.jackson3 {
  requires transitive org.ogireport.core;
  requires transitive tools.jackson.databind;
  requires org.ogireport.json.format;

  exports org.ogireport.json.jackson3;

  provides tools.jackson.databind.JacksonModule with org.ogireport.json.jackson3.OgiReportModule;
}
