/** Reports as CSV for analysts, wide and long: {@link org.ogireport.csv.CsvExport}. */
package org.ogireport.csv;
