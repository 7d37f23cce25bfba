/**
 * The report's JSON format for Jackson 3 ({@code tools.jackson}): {@link
 * org.ogireport.json.jackson3.OgiReportModule} reads and writes the same bytes, with the same
 * strictness and error positions, as the Jackson 2 module of {@code ogi-report-json}, through the
 * same reader and writer ({@code ogi-report-json-format}).
 *
 * <p>No parameter may be null; every type is thread-safe.
 */
package org.ogireport.json.jackson3;
