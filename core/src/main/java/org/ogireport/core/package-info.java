/**
 * The model of the annual report on Open Government Information (政府信息公开工作年度报告), both
 * official editions.
 *
 * <p>Vocabulary, used the same way in every type of this package (after {@code java.time}):
 * <ul>
 *   <li>{@code of}, {@code builder}, {@code zeros}: factories that check everything at the door;
 *   <li>{@code get}/{@code is}: accessors; {@code with}: a changed copy; {@code to}: a conversion;
 *   <li>{@code computed…}: a sum derived from the parts, never stored; the printed totals are data.
 * </ul>
 *
 * <p>The tables are driven by enums: {@link org.ogireport.core.ApplicationRow} ×
 * {@link org.ogireport.core.Applicant} for table 三, {@link org.ogireport.core.CaseBlock} ×
 * {@link org.ogireport.core.CaseResult} for table 四, and {@link org.ogireport.core.Disclosure2019Row}
 * / {@link org.ogireport.core.Disclosure2021Row} for table 二. Each constant carries the official
 * numbering, the Chinese label and the JSON name, so code that reads, writes, checks or renders a
 * table walks a {@link org.ogireport.core.TableLayout} instead of repeating itself per row.
 *
 * <p>Every type here is immutable and thread-safe, except the builders ({@link
 * org.ogireport.core.ReportBuilder}, {@link org.ogireport.core.Table.Builder} and the generated
 * report builders), which are for one thread. Construction checks structure only (every cell of
 * the edition present, nothing null); the cross-sum rules of the catalogue live in
 * {@code ogi-report-validation}, because real published reports break them and must still load.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional} (a report's publication date, a cell's unit, a
 * section's text) or empty collections and strings. The exceptions, each documented, are
 * {@link org.ogireport.core.ApplicationRow#getGroup()} for an ungrouped row and the source and
 * path of a {@link org.ogireport.core.ReportFormatException}. A blank cell is
 * {@link org.ogireport.core.Count#blank()}, never {@code null}.
 */
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    // no @Generated on the generated classes: users compiling with -Xlint:all would see warnings
    // about org.immutables.value.Generated, which is not on their class path
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
package org.ogireport.core;

import org.immutables.value.Value;
