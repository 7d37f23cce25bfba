package org.ogireport.core.constraints;

/**
 * The validation group of the heuristic checks that go beyond the form's arithmetic: the rules
 * of {@link org.ogireport.core.rules.RuleGroup#NARRATIVE} (text against tables, hints, shares).
 * They are warnings an evaluator asks for; the default group holds the rule catalogue of the
 * form itself.
 *
 * <pre>{@code
 * validator.validate(report, Default.class, NarrativeChecks.class);   // a plain Validator
 * ReportValidator.builder().narrativeChecks(true).build();             // the facade
 * }</pre>
 */
public interface NarrativeChecks {}
