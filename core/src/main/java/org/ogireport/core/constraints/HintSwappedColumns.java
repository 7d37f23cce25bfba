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
 * Rule {@code HINT-SWAPPED-COLUMNS} (warning): two columns of table 三 miss the balance by +d and −d while the 总计 column holds: applications counted in the wrong column.
 *
 * <p>Reported on {@code applications.carriedForward.<column>}. Declared on {@code Report2019} and {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(HintSwappedColumns.List.class)
public @interface HintSwappedColumns {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.HINT-SWAPPED-COLUMNS}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @HintSwappedColumns} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    HintSwappedColumns[] value();
  }
}
