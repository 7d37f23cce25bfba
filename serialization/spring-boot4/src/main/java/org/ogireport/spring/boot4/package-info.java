/**
 * Spring Boot 4 auto-configuration of ogi-report: Boot's Jackson 3 mapper reads and writes reports
 * in the report JSON format, and {@code @Valid} on a report applies the rules of
 * {@code ogi-report-validation} through Boot's validator.
 *
 * <p>Applications do not call anything here: Boot finds
 * {@link org.ogireport.spring.boot4.OgiReportAutoConfiguration} through
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, and an
 * application that declares its own {@code OgiReportModule} bean keeps it.
 *
 * <p>Null policy: nothing here accepts or returns {@code null}.
 */
package org.ogireport.spring.boot4;
