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
 * Rule {@code NARR-OVERVIEW-LENGTH} (warning): edition 2021: 一、总体情况 is far over the official guide of about 1,000 characters.
 *
 * <p>Reported on {@code sections.overview}. Declared on {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NarrOverviewLength.List.class)
public @interface NarrOverviewLength {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.NARR-OVERVIEW-LENGTH}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @NarrOverviewLength} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    NarrOverviewLength[] value();
  }
}
