/**
 * JSON and JSON Lines for reports, with Jackson 2, in the report JSON format (its JSON Schema ships in ogi-report-render).
 *
 * <p>{@link org.ogireport.json.ReportJson} is the entry point: strict and lenient reads, the
 * canonical and the compact form, JSON Lines in constant memory; every unreadable input becomes
 * {@link org.ogireport.core.ReportFormatException} naming source, line, column and JSON path.
 * {@link org.ogireport.json.OgiReportModule} plugs the same reading and writing into any
 * {@code ObjectMapper}.
 *
 * <pre>{@code
 * ReportJson json = ReportJson.standard();
 * try {
 *   AnnualReport report = json.read(Path.of("report.json"));
 * } catch (ReportFormatException e) {
 *   System.err.println(e.getMessage());   // report.json:7:17: proactiveDisclosure.rules.issued: expected a whole number, null or "/", got "3"
 * }
 * }</pre>
 *
 * <p>Fixtures in the canonical form ship as resources under {@code org/ogireport/testing/fixtures/}:
 * {@code seeds/<seed>.json} (the five seed reports) and {@code realworld/<name>.json}.
 *
 * <p>{@code ReportJson}, the module and the results are immutable and thread-safe; a
 * {@link org.ogireport.json.JsonLinesWriter} and the stream of
 * {@link org.ogireport.json.ReportJson#readLines(java.nio.file.Path)} are for one thread.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional} (a line's report or error) or empty collections and strings (no
 * problems, the root's path).
 */
package org.ogireport.json;
