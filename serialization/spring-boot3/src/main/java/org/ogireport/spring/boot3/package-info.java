/**
 * Spring Boot 3 auto-configuration of ogi-report: Boot's Jackson 2 mapper reads and writes reports
 * in the format of SCHEMA.md, and {@code @Valid} on a report applies the rules of
 * {@code ogi-report-validation} through Boot's validator.
 */
package org.ogireport.spring.boot3;
