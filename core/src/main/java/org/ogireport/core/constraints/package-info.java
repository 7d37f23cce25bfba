/**
 * The rule catalogue of the report as Jakarta Bean Validation constraint annotations, one per rule
 * id, declared class-level on {@link org.ogireport.core.Report2019} and
 * {@link org.ogireport.core.Report2021} with their severity as a {@link
 * org.ogireport.core.constraints.SeverityPayload}.
 *
 * <p>Only the annotations live here ({@code validatedBy = {}}): the validators are in
 * {@code ogi-report-validation}, registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so core depends on nothing but
 * {@code jakarta.validation-api}. Without the validation jar on the class path, a
 * {@code Validator} fails on these annotations with {@code HV000030} (no validator found).
 */
package org.ogireport.core.constraints;
