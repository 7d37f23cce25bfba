package org.ogireport.core.constraints;

/**
 * The validation group of the heuristic checks that go beyond the form's arithmetic: the
 * narrative-versus-table rules ({@code NARR-…}), {@code HINT-SWAPPED-COLUMNS},
 * {@code OTHER-HANDLING-SHARE} and {@code TABLES-ZERO-TEXT}. They are warnings an evaluator asks
 * for; the default group holds the rule catalogue of the form itself.
 *
 * <pre>{@code
 * validator.validate(report, Default.class, NarrativeChecks.class);   // a plain Validator
 * ReportValidator.builder().narrativeChecks(true).build();             // the facade
 * }</pre>
 */
public interface NarrativeChecks {}
