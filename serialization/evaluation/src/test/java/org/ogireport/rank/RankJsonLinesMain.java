package org.ogireport.rank;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;
import org.ogireport.core.analysis.Indicator;
import org.ogireport.json.JsonLine;
import org.ogireport.json.ReportJson;

/**
 * Ranks the JSON Lines on standard input by year, writes the CSV to nowhere, and prints what it
 * found and the peak heap used: run in a JVM of its own with {@code -Xmx256m} by
 * {@link RankJsonLinesTest}, or by hand:
 * <pre>
 * java -Xmx256m -cp … org.ogireport.rank.RankJsonLinesMain &lt; reports.jsonl
 * </pre>
 */
public final class RankJsonLinesMain {

  private RankJsonLinesMain() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    RankCollector collector = Ranking.builder().grouping(Grouping.byYear()).build().newCollector();
    try (Stream<JsonLine> lines =
        ReportJson.standard().readLines(new BufferedInputStream(System.in, 1 << 16))) {
      lines.forEach(line -> collector.add(line.getReportOrThrow(), "stdin:" + line.getLineNumber()));
    }
    RankTable table = collector.finish();
    if (table.size() == 0) {
      throw new IllegalStateException("no reports on standard input");
    }
    long[] csvChars = new long[1];
    RankFormat.CSV.write(table, new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        csvChars[0] += length;
      }

      @Override
      public Writer append(CharSequence text) {
        csvChars[0] += text.length();
        return this;
      }

      @Override
      public Writer append(char c) {
        csvChars[0]++;
        return this;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    long handled = 0;
    for (RankEntry e : table.getEntries()) {
      handled += e.get(Indicator.APPLICATIONS_HANDLED).getNumerator();
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println("reports=" + table.size() + " groups=" + table.getGroups()
        + " handled=" + handled + " csvChars=" + csvChars[0]
        + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1 << 20)
        + " peakHeapMB=" + peak / (1 << 20) + " liveHeapAfterGcMB=" + live / (1 << 20)
        + " (the table still held)"
        + " seconds=" + (System.nanoTime() - started) / 1_000_000_000.0);
  }
}
