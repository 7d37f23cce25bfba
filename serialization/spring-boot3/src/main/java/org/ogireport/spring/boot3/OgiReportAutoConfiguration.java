package org.ogireport.spring.boot3;

import org.ogireport.json.OgiReportModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the Jackson 2 {@link OgiReportModule} as a bean, which Boot adds to the mapper it
 * builds: Boot 3 does not look modules up through the ServiceLoader. The rules need nothing here: Hibernate Validator finds their validators through
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
