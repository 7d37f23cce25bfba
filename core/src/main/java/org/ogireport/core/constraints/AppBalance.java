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
 * Rule {@code APP-BALANCE} (error): in every column of table 三, 一 + 二 = 三（七）总计 + 四 (the 勾稽关系 printed on the form).
 *
 * <p>Reported on {@code applications.carriedForward.<column>}. Declared on {@code Report2019} and {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(AppBalance.List.class)
public @interface AppBalance {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.APP-BALANCE}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @AppBalance} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    AppBalance[] value();
  }
}
