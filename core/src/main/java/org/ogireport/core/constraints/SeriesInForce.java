package org.ogireport.core.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule {@code SERIES-IN-FORCE} (warning): edition 2021 both years: last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this year's 现行有效件数.
 *
 * <p>Reported on {@code <year>:proactiveDisclosure.<row>.inForce}. Declared on {@code ReportSeries}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(SeriesInForce.List.class)
public @interface SeriesInForce {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.SERIES-IN-FORCE}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @SeriesInForce} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    SeriesInForce[] value();
  }
}
