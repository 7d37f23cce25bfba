/**
 * The report's JSON format for Jackson 3 ({@code tools.jackson}): {@link
 * org.ogireport.json.jackson3.OgiReportModule} reads and writes the same bytes, with the same
 * strictness and error positions, as the Jackson 2 module of {@code ogi-report-json}, through the
 * same reader and writer ({@code ogi-report-json-format}).
 *
 * <p>Every type is thread-safe; the module is stateless and may be registered with any number of
 * mappers.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a mismatch at the root has an empty
 * path, not a null one.
 */
package org.ogireport.json.jackson3;
