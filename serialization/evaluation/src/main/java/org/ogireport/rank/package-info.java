/**
 * Organs ranked by the indicators of {@link org.ogireport.core.analysis.Indicator}, within groups,
 * for evaluators: a {@link org.ogireport.rank.Ranking} (grouping, minimum bases; the definitions
 * of rank, ties and percentile), a {@link org.ogireport.rank.RankCollector} that streams reports
 * keeping only their indicator values, the {@link org.ogireport.rank.RankTable}, and
 * {@link org.ogireport.rank.RankFormat} for CSV and HTML.
 *
 * <pre>{@code
 * RankTable table = Ranking.builder().grouping(Grouping.byYear()).build().rank(reports);
 * RankFormat.CSV.write(table, writer);
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe, except {@code Ranking.Builder} and
 * {@code RankCollector}, which are for one thread.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so (the
 * source given to {@link org.ogireport.rank.RankCollector#add(org.ogireport.core.AnnualReport,
 * String)} may be); absent values are {@link java.util.Optional} (no rank, no percentile, no
 * source) or empty collections.
 */
package org.ogireport.rank;
