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
 * Rule {@code SERIES-COPIED-PROBLEMS} (warning): section 五 (problems) nearly identical to last year's.
 *
 * <p>Reported on {@code <year>:sections.problems}. Declared on {@code ReportSeries}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(SeriesCopiedProblems.List.class)
public @interface SeriesCopiedProblems {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.SERIES-COPIED-PROBLEMS}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @SeriesCopiedProblems} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    SeriesCopiedProblems[] value();
  }
}
