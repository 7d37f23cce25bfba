/**
 * The JSON Schema (draft 2020-12) of the report format, generated from the table layouts:
 * {@link org.ogireport.schema.ReportSchema}.
 */
package org.ogireport.schema;
