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
 * Rule {@code SERIES-CARRY} (warning): last year's 四、结转下年度继续办理 = this year's 二、上年结转, in every column.
 *
 * <p>Reported on {@code <year>:applications.carriedOver.<column>}. Declared on {@code ReportSeries}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(SeriesCarry.List.class)
public @interface SeriesCarry {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.SERIES-CARRY}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @SeriesCarry} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    SeriesCarry[] value();
  }
}
