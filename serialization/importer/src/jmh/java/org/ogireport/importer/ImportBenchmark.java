package org.ogireport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.ogireport.core.AnnualReport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Import speed on the published reports of every family, each beside its floor in the same run:
 * reports per second ({@code importReport}) with the bytes of published text per second (the
 * {@code bytes} counter beside it), against {@code floor}: for a text, splitting it into lines
 * (the least any reader does; the target is 10 MB/s per core); for a saved HTML page, jsoup
 * parsing it (the target is at most three times jsoup's time).
 *
 * <pre>
 * ./mvnw -B -pl serialization/importer -am -Pbenchmarks -DskipTests verify \
 *     -Djmh.args="ImportBenchmark -f 1 -wi 8 -w 2s -i 5 -r 2s -t 1"
 * </pre>
 * The importer is much more code than its floors and takes 10–15 s of a fresh JVM to be
 * compiled on a 2-core machine: with three 1 s warm-ups the measurement still sees the
 * interpreter.
 *
 * <p>The site page ({@code site-huaian-2024.html}, about 250 KB) is a real report printed
 * as a government site saves it around a Word export (see the variant maker's
 * {@code SITE_PAGE}); {@code seed001-rowspan.html} is a bare table of a few KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {

  /** The published report: a resource of the testing module or of the importer's tests. */
  @Param({
      "published/seeds/000_b780817e18a3daa1.txt", "published/seeds/004_769736e4f7e1b172.txt",
      "published/realworld/hongze-2023.txt", "published/realworld/huaian-2024.txt",
      "published/realworld/kewei-2024.txt", "published/realworld/pingtan-2019.txt",
      "published/realworld/pingtan-2022.txt",
      "importer/seed001-rowspan.html", "importer/site-huaian-2024.html"})
  public String report;

  private final ReportImporter importer = ReportImporter.builder().build();
  private String text;
  private boolean html;
  private long size;

  /** The UTF-8 bytes read, counted per operation so JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes of published text read. */
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Loads the report's text. */
  @Setup
  public void load() throws IOException {
    String resource = report.startsWith("published/")
        ? "/org/ogireport/testing/" + report : "/" + report;
    try (InputStream in = ImportBenchmark.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      byte[] bytes = in.readAllBytes();
      size = bytes.length;
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    html = report.endsWith(".html");
  }

  /** Imports the report: from its text, or from the saved page. */
  @Benchmark
  public AnnualReport importReport(Bytes counted) {
    counted.bytes += size;
    return (html ? importer.readHtml(text) : importer.read(text)).getReport();
  }

  /** The floor: jsoup parsing the page, or the text split into lines. */
  @Benchmark
  public Object floor(Bytes counted) {
    counted.bytes += size;
    return html ? Jsoup.parse(text) : text.split("\r\n|\r|\n", -1);
  }
}
