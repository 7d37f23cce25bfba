/**
 * Two years of one organ's report compared, for evaluators: {@link
 * org.ogireport.compare.ReportComparator} makes a {@link org.ogireport.compare.YearComparison}
 * (every table cell side by side with its {@link org.ogireport.compare.Change}, the section texts'
 * similarity and changed {@link org.ogireport.compare.Passage passages}, the series rules'
 * findings in place), and {@link org.ogireport.compare.ComparisonFormat} writes it as HTML (the
 * official tables with the changes marked), Markdown or JSON.
 *
 * <pre>{@code
 * YearComparison c = ReportComparator.create().compare(report2023, report2024);
 * String html = ComparisonFormat.HTML.render(c);
 * }</pre>
 *
 * <p>Vocabulary as in {@code org.ogireport.core}: {@code of}/{@code create} factories,
 * {@code get}/{@code is} accessors. Values are exact ({@link java.math.BigDecimal}); every type is
 * immutable and thread-safe.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional} (a cell one year's form does not have, a difference that cannot be
 * computed, a section one report lacks) or empty collections and strings.
 */
package org.ogireport.compare;
