/**
 * The JSON Schema (draft 2020-12) of the report format, generated from the table layouts:
 * {@link org.ogireport.schema.ReportSchema}. The schema of each edition also ships in the jar, and
 * a test keeps it equal to what the layouts generate.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.ogireport.schema;
