/**
 * The rule catalogue ({@link org.ogireport.core.rules.Rule}) applied to reports through Jakarta
 * Bean Validation, run by Hibernate Validator: {@link org.ogireport.validation.ReportValidator}
 * is the facade (build once, share), {@link org.ogireport.validation.ValidationResult} and
 * {@link org.ogireport.validation.SeriesValidationResult} hold the findings, each a
 * {@link org.ogireport.core.diagnostic.Diagnostic}.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional} or empty collections. Every type is immutable and thread-safe,
 * except {@link org.ogireport.validation.ReportValidator.Builder}.
 */
package org.ogireport.validation;
