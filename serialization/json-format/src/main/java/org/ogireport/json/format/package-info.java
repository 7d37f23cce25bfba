/**
 * The report JSON format without a JSON library: the names and key order, how each cell is
 * written, and how a report is read strictly or leniently, with every problem and its message.
 *
 * <p>{@link org.ogireport.json.format.ReportReader} reads from {@link
 * org.ogireport.json.format.JsonTokens} and {@link org.ogireport.json.format.ReportWriter} writes
 * to {@link org.ogireport.json.format.JsonOutput}; the Jackson 2 module ({@code ogi-report-json})
 * and the Jackson 3 module ({@code ogi-report-jackson3}) each adapt their parser and generator to
 * these two interfaces and so read and write the same bytes with the same errors. Applications use
 * those modules, not this package: it is public only so that they can, and may change with them.
 *
 * <p>Every type here is stateless and thread-safe unless it says otherwise; a {@link
 * org.ogireport.json.format.JsonTokens} or {@link org.ogireport.json.format.JsonOutput} is used by
 * one thread at a time.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so (the
 * required edition and the problem sink of {@link org.ogireport.json.format.ReportReader#read},
 * which are null for "either" and for a strict read).
 */
package org.ogireport.json.format;
