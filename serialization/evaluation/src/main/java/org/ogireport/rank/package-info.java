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
 */
package org.ogireport.rank;
