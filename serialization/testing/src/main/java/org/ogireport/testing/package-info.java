/**
 * Fixtures for tests of code that uses ogi-report: blank forms ({@link org.ogireport.testing.Fixtures}),
 * random valid reports and reports with one chosen rule broken
 * ({@link org.ogireport.testing.ReportGenerator}). Main code with no test library, so a
 * project can depend on ogi-report-serialization in test scope and use them.
 */
package org.ogireport.testing;
