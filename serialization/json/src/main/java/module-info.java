/**
 * JSON and JSON Lines for reports with Jackson 2: {@link org.ogireport.json.ReportJson}, and
 * {@link org.ogireport.json.OgiReportModule}, which {@code ObjectMapper.findAndRegisterModules()}
 * finds as a service of Jackson's {@code Module}.
 */
module org.ogireport.json {
  requires transitive org.ogireport.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.ogireport.json.format;

  exports org.ogireport.json;

  provides com.fasterxml.jackson.databind.Module with org.ogireport.json.OgiReportModule;
}
