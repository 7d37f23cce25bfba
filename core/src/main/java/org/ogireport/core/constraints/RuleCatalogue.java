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
 * The rules of the catalogue ({@link org.ogireport.core.rules.Rule}) as one class-level Bean
 * Validation constraint: on each {@link org.ogireport.core.AnnualReport} type in the
 * {@code Default} group the form's rules, in the {@link NarrativeChecks} group the heuristics, and on
 * {@link org.ogireport.core.analysis.ReportSeries} the series rules. Each rule of the group that
 * applies to the report's edition runs, and each finding is its own violation on the exact cell.
 *
 * <pre>{@code
 * @RuleCatalogue                                    // the form's rules
 * @RuleCatalogue(groups = NarrativeChecks.class)    // the heuristics, on request
 * public abstract non-sealed class Report2021 implements AnnualReport …
 * }</pre>
 *
 * <p>Declared on the two concrete report types rather than once on {@code AnnualReport}:
 * Hibernate Validator walks an interface of the hierarchy apart, which measurably slows every
 * validation.
 *
 * <p>Declared by the model; users do not declare it. The validators live in
 * {@code ogi-report-validation} (without it on the class path, validating fails with
 * {@code HV000030}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(RuleCatalogue.List.class)
public @interface RuleCatalogue {

  /**
   * The message template of a violation that names no rule; every finding replaces it by its
   * rule's own message key.
   *
   * @return the template
   */
  String message() default "{org.ogireport.rule.catalogue}";

  /**
   * The validation group: {@code Default} or {@link NarrativeChecks}.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Unused: each finding carries its rule's severity as a dynamic payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @RuleCatalogue} on one type, one per group. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    RuleCatalogue[] value();
  }
}
