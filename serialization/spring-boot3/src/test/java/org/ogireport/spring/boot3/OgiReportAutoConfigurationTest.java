package org.ogireport.spring.boot3;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.ReportMismatchException;
import org.ogireport.spring.BootContract;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * The Boot contract on Boot 3.5 and its Jackson 2 mapper, which registers modules that are beans
 * and never looks them up through the ServiceLoader.
 */
class OgiReportAutoConfigurationTest extends BootContract {

  @Override
  protected Class<?> jackson() {
    return JacksonAutoConfiguration.class;
  }

  @Override
  protected Class<?> validation() {
    return ValidationAutoConfiguration.class;
  }

  @Override
  protected Class<?> ogiReport() {
    return OgiReportAutoConfiguration.class;
  }

  @Override
  protected String write(ApplicationContext context, AnnualReport report) throws Exception {
    return context.getBean(ObjectMapper.class).writeValueAsString(report);
  }

  @Override
  protected AnnualReport read(ApplicationContext context, String json) throws Exception {
    return context.getBean(ObjectMapper.class).readValue(json, AnnualReport.class);
  }

  @Override
  protected Class<? extends Exception> mismatch() {
    return ReportMismatchException.class;
  }

  @Override
  protected String artifact() {
    return "ogi-report-spring-boot3";
  }
}
