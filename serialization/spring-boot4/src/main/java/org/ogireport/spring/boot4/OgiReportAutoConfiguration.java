package org.ogireport.spring.boot4;

import org.ogireport.json.jackson3.OgiReportModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the Jackson 3 {@link OgiReportModule} as a bean, which Boot adds to every mapper it
 * builds, also where {@code spring.jackson.find-and-add-modules=false} turns its ServiceLoader
 * look-up off. The rules need nothing here: Hibernate Validator finds their validators through
 * {@code ogi-report-validation}'s {@code META-INF/services}, and Boot's validation starter, which
 * this artifact brings, supplies the Jakarta EL its message interpolation needs.
 */
@AutoConfiguration
public class OgiReportAutoConfiguration {

  /** Created by Spring. */
  public OgiReportAutoConfiguration() {}

  /**
   * The module, unless the application declares its own.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public OgiReportModule ogiReportModule() {
    return new OgiReportModule();
  }
}
