/**
 * One shape for everything found in a report or in reading one: {@link
 * org.ogireport.core.diagnostic.Diagnostic} with a {@link org.ogireport.core.diagnostic.Severity},
 * a typed {@link org.ogireport.core.diagnostic.Location} and a message in Chinese and English.
 * The rules of {@code ogi-report-validation}, the importer of {@code ogi-report-importer} and
 * the lenient JSON reader of {@code ogi-report-json} all report in it, and the command line prints
 * it in one JSON form.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional} or empty collections. Every type is immutable and
 * thread-safe, except builders.
 */
package org.ogireport.core.diagnostic;
