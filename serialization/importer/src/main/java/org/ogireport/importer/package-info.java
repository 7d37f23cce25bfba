/**
 * Import of published annual reports (text and saved HTML pages) into the model.
 *
 * <p>{@link org.ogireport.importer.ReportImporter} reads a report and returns an
 * {@link org.ogireport.importer.ImportResult}: the report, cells it could not read left blank,
 * and {@link org.ogireport.core.diagnostic.Diagnostic}s, the one diagnostic shape of ogi-report:
 * a stable code from {@link org.ogireport.importer.DiagnosticCode}, its severity, a typed
 * location (the cell, row, table or field it concerns, and the line and column in the input)
 * and a message in Chinese and English from the bundle {@code org/ogireport/importer/Messages}.
 */
package org.ogireport.importer;
