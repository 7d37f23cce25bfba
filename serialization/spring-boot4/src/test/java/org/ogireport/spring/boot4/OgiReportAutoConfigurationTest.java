package org.ogireport.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.json.jackson3.OgiReportModule;
import org.ogireport.json.jackson3.ReportMismatchException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot 4's auto-configured Jackson 3 mapper and validator with this artifact on the class path,
 * every version as Boot's BOM picks it.
 */
class OgiReportAutoConfigurationTest {

  private static final String ZEROS_2021 = "{\"edition\":\"2021\",\"organ\":\"某局\",\"year\":2022,"
      + "\"proactiveDisclosure\":{\"rules\":{\"issued\":0";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          ValidationAutoConfiguration.class, OgiReportAutoConfiguration.class))
      .withUserConfiguration(Receiving.class);

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

  private static AnnualReport blank() {
    return AnnualReport.blank(Edition.V2021, "某局", 2022);
  }

  @Test
  void bootsMapperWritesTheFormatAndReadsItBack() {
    runner.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      String json = mapper.writeValueAsString(blank());
      assertThat(json).startsWith(ZEROS_2021);
      assertThat(mapper.readValue(json, AnnualReport.class)).isEqualTo(blank());
    });
  }

  @Test
  void theModuleIsABeanSoItServesWithoutTheServiceLoaderToo() {
    runner.withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> {
      assertThat(context).hasSingleBean(OgiReportModule.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertThat(mapper.writeValueAsString(blank())).startsWith(ZEROS_2021);
    });
  }

  @Test
  void bootsMapperIsStrictAboutReportsThoughItIgnoresUnknownPropertiesElsewhere() {
    runner.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      String json = mapper.writeValueAsString(blank()).replace("\"issued\":0", "\"issued\":\"3\"");
      assertThatThrownBy(() -> mapper.readValue(json, AnnualReport.class))
          .isInstanceOf(ReportMismatchException.class)
          .hasMessageContaining("proactiveDisclosure.rules.issued: expected a whole number");
    });
  }

  @Test
  void validOnAReportAppliesTheRules() {
    runner.run(context -> {
      Desk desk = context.getBean(Desk.class);
      assertThat(desk.file(blank())).isEqualTo("某局");
      JsonMapper mapper = context.getBean(JsonMapper.class);
      AnnualReport unbalanced = mapper.readValue(mapper.writeValueAsString(blank())
          .replaceFirst("\"newReceived\":\\{\"naturalPerson\":0", "\"newReceived\":{\"naturalPerson\":5"),
          AnnualReport.class);
      assertThatThrownBy(() -> desk.file(unbalanced))
          .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
              e.getConstraintViolations().stream().map(ConstraintViolation::getMessageTemplate))
              .contains("{org.ogireport.rule.APP-BALANCE}", "{org.ogireport.rule.APP-ROW-TOTAL}"));
    });
  }

  @Test
  void withoutTheModuleBootsMapperRefusesToWriteAReportAndNamesTheModule() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
          .withPropertyValues("spring.jackson.find-and-add-modules=false")
        .run(context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);
          assertThatThrownBy(() -> mapper.writeValueAsString(blank()))
              .hasMessageContaining("register ogi-report's Jackson module")
              .hasMessageContaining("ogi-report-spring-boot4");
        });
  }
}
