/**
 * The rule catalogue as data: every rule of the report with its stable id, severity, group,
 * editions, formula and the place it is reported on ({@link org.ogireport.core.rules.Rule}), the
 * thresholds of the soft rules ({@link org.ogireport.core.rules.Thresholds}), and the formulas
 * that relate the cells of one printed row as reusable functions
 * ({@link org.ogireport.core.rules.Rule#holdsInRow}).
 *
 * <p>Readers, renderers and generators read the catalogue here without Hibernate Validator; the
 * checks themselves live in {@code ogi-report-validation}, one per rule, found from the
 * {@code Rule} entry.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Every type is immutable and
 * thread-safe.
 */
package org.ogireport.core.rules;
