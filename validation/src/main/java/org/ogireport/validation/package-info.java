/** The rule catalogue of the report as Jakarta Bean Validation constraints. */
package org.ogireport.validation;
