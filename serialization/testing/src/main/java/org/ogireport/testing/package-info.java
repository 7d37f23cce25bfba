/**
 * Fixtures for tests of code that uses ogi-report: blank and zero forms, the seed reports and real
 * published reports ({@link org.ogireport.testing.Fixtures}), random valid reports and reports with
 * one chosen rule broken ({@link org.ogireport.testing.ReportGenerator}). Main code with no test
 * library, so a project can depend on {@code ogi-report-testing} in test scope and use them.
 *
 * <p>{@code Fixtures} and {@link org.ogireport.testing.BrokenReport} are immutable and
 * thread-safe; a {@code ReportGenerator} is for one thread.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.ogireport.testing;
