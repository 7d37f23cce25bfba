package org.ogireport.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.jackson3.OgiReportModule;
import org.ogireport.json.jackson3.ReportMismatchException;
import org.ogireport.spring.BootContract;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The Boot contract on Boot 4 and its Jackson 3 mapper. */
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
  protected String write(ApplicationContext context, AnnualReport report) {
    return context.getBean(JsonMapper.class).writeValueAsString(report);
  }

  @Override
  protected AnnualReport read(ApplicationContext context, String json) {
    return context.getBean(JsonMapper.class).readValue(json, AnnualReport.class);
  }

  @Override
  protected Class<? extends Exception> mismatch() {
    return ReportMismatchException.class;
  }

  @Override
  protected String artifact() {
    return "ogi-report-spring-boot4";
  }

  /** Boot 4 finds modules through the ServiceLoader too; this turns that off. */
  @Override
  protected ApplicationContextRunner withoutTheModule() {
    return super.withoutTheModule()
        .withPropertyValues("spring.jackson.find-and-add-modules=false");
  }

  @Test
  void theModuleServesWhereTheServiceLoaderLookUpIsOff() {
    runner().withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> {
      assertThat(context).hasSingleBean(OgiReportModule.class);
      assertThat(write(context, blank())).startsWith("{\"edition\":\"2021\"");
    });
  }
}
