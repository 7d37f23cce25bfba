package org.ogireport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * Import throughput on the real published reports: reports per second ({@code importText}) and
 * bytes of published text per second (the {@code bytes} counter beside it), per report.
 *
 * <pre>
 * ./mvnw -B -pl serialization -am -Pbenchmarks -DskipTests verify -Djmh.args="ImportBenchmark -f 1 -wi 2 -i 3"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ImportBenchmark {

  /** The published report, under the test resources' {@code shared/}. */
  @Param({
      "seeds/000_b780817e18a3daa1.txt", "seeds/001_78cf330bb6c558ff.txt",
      "seeds/002_48a57cdf3499fdc3.txt", "seeds/003_593a2a3db21939e1.txt",
      "seeds/004_769736e4f7e1b172.txt", "realworld/hongze-2023.txt", "realworld/huaian-2024.txt"})
  public String report;

  private final ReportImporter importer = ReportImporter.builder().build();
  private String text;
  private long size;

  /** The UTF-8 bytes imported, counted per operation so JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes of published text imported. */
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
    try (InputStream in = ImportBenchmark.class.getResourceAsStream("/org/ogireport/testing/published/" + report)) {
      byte[] bytes = in.readAllBytes();
      size = bytes.length;
      text = new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Imports the report from its text. */
  @Benchmark
  public AnnualReport importText(Bytes counted) {
    counted.bytes += size;
    return importer.read(text).getReport();
  }
}
