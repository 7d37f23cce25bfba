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
 * Rule {@code NARR-APPLICATIONS} (warning): the applications 一、总体情况 says were received match 一、本年新收 总计.
 *
 * <p>Reported on {@code applications.newReceived.total}. Declared on {@code Report2019} and {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NarrApplications.List.class)
public @interface NarrApplications {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.NARR-APPLICATIONS}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @NarrApplications} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    NarrApplications[] value();
  }
}
