/**
 * Analysis across reports: what evaluators do with many reports at once.
 *
 * <ul>
 *   <li>{@link org.ogireport.core.analysis.ReportSeries}: one organ's reports for consecutive years,
 *       the input of the series rules (last year's 结转 = this year's 上年结转, …);
 *   <li>{@link org.ogireport.core.analysis.NextYearForm}: next year's form pre-filled from this
 *       year's report;
 *   <li>{@link org.ogireport.core.analysis.Aggregate}: the sum of many reports of one edition and
 *       year (a county's summary of its departments), with the contributors kept;
 *   <li>{@link org.ogireport.core.analysis.Indicators}: the ratios used to compare organs, each an
 *       {@link org.ogireport.core.analysis.Indicator} with its definition.
 * </ul>
 *
 * <p>Vocabulary as in {@code org.ogireport.core}: {@code of}/{@code from} factories that check
 * structure at the door, {@code get}/{@code is} accessors. Sums are exact ({@code long} with
 * {@link java.lang.Math#addExact}, {@link java.math.BigDecimal} for money): an overflow is an
 * {@link java.lang.ArithmeticException} naming the cell, never a wrapped-around number. Every type
 * here is immutable and thread-safe.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional} (a figure the text does not state, an undefined share) or empty
 * collections.
 */
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    // no @Generated on the generated classes (see org.ogireport.core's package-info)
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
package org.ogireport.core.analysis;

import org.immutables.value.Value;
