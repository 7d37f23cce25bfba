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
 * Rule {@code NARR-FEES-SILENT} (warning): edition 2021: 六、其他需要报告的事项 says nothing about 信息处理费.
 *
 * <p>Reported on {@code sections.otherMatters}. Declared on {@code Report2021}; the validator lives in {@code ogi-report-validation}
 * (without it on the class path, validating fails with {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NarrFeesSilent.List.class)
public @interface NarrFeesSilent {

  /** The message template; the default is the catalogue's message key. */
  String message() default "{org.ogireport.rule.NARR-FEES-SILENT}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload; the report types declare the severity here ({@link SeverityPayload}). */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @NarrFeesSilent} on one type. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    NarrFeesSilent[] value();
  }
}
