/**
 * The {@code ogi-report} command line ({@code java -jar ogi-report-cli.jar COMMAND ARGS...}):
 * {@code check}, {@code import}, {@code render}, {@code export}, {@code schema},
 * {@code aggregate}, {@code indicators}, {@code compare} and {@code rank}, each with
 * {@code -h/--help}. Its only public API is {@link org.ogireport.cli.Main}: {@code main}, and
 * {@code run} for embedding and tests, which returns the exit code (0, 1 or 2) instead of exiting.
 * The commands are thin: they read with {@code ogi-report-json}, {@code ogi-report-importer} and
 * {@code ogi-report-office}, and write with the other artifacts; no library depends on this one.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.ogireport.cli;
