/**
 * Reports as CSV for analysts, wide (one row per report) and long (one row per cell):
 * {@link org.ogireport.csv.CsvExport}. Both forms walk the table layouts, so every cell of both
 * editions has its column, named by its JSON path.
 *
 * <p>Null policy: no method accepts or returns {@code null}; a blank cell is an empty field, a
 * marker {@code /}.
 */
package org.ogireport.csv;
