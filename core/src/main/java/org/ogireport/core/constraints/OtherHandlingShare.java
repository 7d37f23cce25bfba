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
 * Rule {@code OTHER-HANDLING-SHARE} (warning): （六）其他处理 (2021: 3.其他) is a large share of （七）总计.
 *
 * <p>Reported on the 其他处理 row's {@code total}. Declared on {@code Report2019} and {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(OtherHandlingShare.List.class)
public @interface OtherHandlingShare {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.OTHER-HANDLING-SHARE}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @OtherHandlingShare} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    OtherHandlingShare[] value();
  }
}
