/**
 * The rule catalogue as Jakarta Bean Validation: one class-level constraint,
 * {@link org.ogireport.core.constraints.RuleCatalogue}, declared by the model once per group
 * (on {@code Report2019} and {@code Report2021} for the form's rules and, in the
 * {@link org.ogireport.core.constraints.NarrativeChecks} group, the heuristics; on
 * {@code ReportSeries} for the series rules).
 *
 * <p>Only the annotation lives here ({@code validatedBy = {}}): the validators are in
 * {@code ogi-report-validation}, registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so core depends on nothing but
 * {@code jakarta.validation-api}. Without the validation jar on the class path, a
 * {@code Validator} fails on the annotation with {@code HV000030} (no validator found).
 *
 * <p>Null policy: nothing here accepts or returns {@code null}; the package holds an annotation
 * and a group marker only.
 */
package org.ogireport.core.constraints;
