/**
 * Import of published annual reports (text and saved HTML pages) into the model.
 *
 * <p>{@link org.ogireport.importer.ReportImporter} reads a report and returns an
 * {@link org.ogireport.importer.ImportResult}: the report, cells it could not read left blank,
 * and {@link org.ogireport.importer.ImportDiagnostic}s with a stable
 * {@link org.ogireport.importer.DiagnosticCode}, the line and a Chinese or English message.
 */
package org.ogireport.importer;
