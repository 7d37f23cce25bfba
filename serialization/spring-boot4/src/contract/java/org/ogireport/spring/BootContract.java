package org.ogireport.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * What one dependency on ogi-report's Spring Boot artifact gives an application, run by the Boot 3
 * and the Boot 4 artifact each against Boot's auto-configured mapper and validator, every version
 * as Boot's BOM picks it. Both modules compile this file (build-helper), each against its Boot.
 */
public abstract class BootContract {

  private static final String ZEROS_2021 = "{\"edition\":\"2021\",\"organ\":\"某局\",\"year\":2022,"
      + "\"proactiveDisclosure\":{\"rules\":{\"issued\":0";

  /** An application bean that takes reports with {@code @Valid}. */
  @Validated
  static class Desk {
    String file(@Valid AnnualReport report) {
      return report.getOrgan();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Receiving {
    @Bean
    Desk desk() {
      return new Desk();
    }
  }

  /**
   * Boot's Jackson auto-configuration.
   *
   * @return its class
   */
  protected abstract Class<?> jackson();

  /**
   * Boot's validation auto-configuration.
   *
   * @return its class
   */
  protected abstract Class<?> validation();

  /**
   * The artifact's auto-configuration.
   *
   * @return its class
   */
  protected abstract Class<?> ogiReport();

  /**
   * Writes through the context's JSON mapper.
   *
   * @param context the application
   * @param report a report
   * @return the JSON
   * @throws Exception what the mapper throws
   */
  protected abstract String write(ApplicationContext context, AnnualReport report) throws Exception;

  /**
   * Reads through the context's JSON mapper.
   *
   * @param context the application
   * @param json the JSON
   * @return the report
   * @throws Exception what the mapper throws
   */
  protected abstract AnnualReport read(ApplicationContext context, String json) throws Exception;

  /**
   * The module's exception for JSON that is not a report.
   *
   * @return its class
   */
  protected abstract Class<? extends Exception> mismatch();

  /**
   * The artifact's name.
   *
   * @return e.g. {@code ogi-report-spring-boot4}
   */
  protected abstract String artifact();

  /**
   * The application with the artifact.
   *
   * @return a runner
   */
  protected ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(jackson(), validation(), ogiReport()))
        .withUserConfiguration(Receiving.class);
  }

  /**
   * The application without the artifact's auto-configuration.
   *
   * @return a runner
   */
  protected ApplicationContextRunner withoutTheModule() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(jackson()));
  }

  /**
   * A fresh 2021 form.
   *
   * @return the report
   */
  protected static AnnualReport blank() {
    return AnnualReport.blank(Edition.V2021, "某局", 2022);
  }

  @Test
  void bootsMapperWritesTheFormatAndReadsItBack() {
    runner().run(context -> {
      String json = write(context, blank());
      assertThat(json).startsWith(ZEROS_2021);
      assertThat(read(context, json)).isEqualTo(blank());
    });
  }

  @Test
  void theModuleIsABean() {
    runner().run(context -> assertThat(context).hasBean("ogiReportModule"));
  }

  @Test
  void bootsMapperIsStrictAboutReportsThoughItIgnoresUnknownPropertiesElsewhere() {
    runner().run(context -> {
      String json = write(context, blank()).replace("\"issued\":0", "\"issued\":\"3\"");
      assertThatThrownBy(() -> read(context, json))
          .isInstanceOf(mismatch())
          .hasMessageContaining("proactiveDisclosure.rules.issued: expected a whole number");
    });
  }

  @Test
  void validOnAReportAppliesTheRules() {
    runner().run(context -> {
      Desk desk = context.getBean(Desk.class);
      assertThat(desk.file(blank())).isEqualTo("某局");
      AnnualReport unbalanced = read(context, write(context, blank()).replaceFirst(
          "\"newReceived\":\\{\"naturalPerson\":0", "\"newReceived\":{\"naturalPerson\":5"));
      assertThatThrownBy(() -> desk.file(unbalanced))
          .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
              e.getConstraintViolations().stream().map(ConstraintViolation::getMessageTemplate))
              .contains("{org.ogireport.rule.APP-BALANCE}", "{org.ogireport.rule.APP-ROW-TOTAL}"));
    });
  }

  @Test
  void withoutTheModuleBootsMapperRefusesToWriteAReportAndNamesTheModule() {
    withoutTheModule().run(context -> assertThatThrownBy(() -> write(context, blank()))
        .hasMessageContaining("register ogi-report's Jackson module")
        .hasMessageContaining(artifact()));
  }
}
