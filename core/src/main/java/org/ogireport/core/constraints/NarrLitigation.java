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
 * Rule {@code NARR-LITIGATION} (warning): the lawsuits 一、总体情况 mentions match both 行政诉讼 总计 together.
 *
 * <p>Reported on {@code reviewAndLitigation.litigationDirect.total}. Declared on {@code Report2019} and {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NarrLitigation.List.class)
public @interface NarrLitigation {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.NARR-LITIGATION}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @NarrLitigation} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    NarrLitigation[] value();
  }
}
