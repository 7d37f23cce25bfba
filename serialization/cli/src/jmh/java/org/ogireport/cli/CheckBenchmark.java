package org.ogireport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogireport.core.Edition;
import org.ogireport.testing.ReportGenerator;
import org.ogireport.json.JsonLinesWriter;
import org.ogireport.json.ReportJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code check --json} over a JSON Lines file of {@value #REPORTS} reports (both editions, one in
 * ten breaking a rule), output discarded: time and (with {@code -prof gc}) allocation per report.
 *
 * <pre>
 * ./mvnw -B -pl serialization/cli -am -Pbenchmarks -DskipTests verify \
 *     -Djmh.args="CheckBenchmark -f 1 -wi 3 -i 5 -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {

  static final int REPORTS = 10_000;

  private Path file;
  private PrintStream nowhere;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("check-benchmark", ".jsonl");
    write(file, REPORTS, 42L);
    nowhere = new PrintStream(OutputStream.nullOutputStream());
  }

  /**
   * Writes reports of both editions, every tenth breaking a rule, to a JSON Lines file; also the
   * input of the end-to-end measurement:
   * {@code java -cp <test classpath> org.ogireport.cli.CheckBenchmark /tmp/1m.jsonl 1000000}.
   */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), 42L);
  }

  static void write(Path file, int reports, long seed) throws IOException {
    ReportGenerator generator = new ReportGenerator(seed);
    String[] rules = {"APP-BALANCE", "LIT-TOTAL", "CELL-NEGATIVE", "APP-ROW-TOTAL"};
    try (JsonLinesWriter out = ReportJson.standard().lineWriter(file)) {
      for (int i = 0; i < reports; i++) {
        out.write(i % 10 == 9
            ? generator.breaking(rules[(i / 10) % rules.length]).report()
            : generator.next(i % 2 == 0 ? Edition.V2019 : Edition.V2021));
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public int checkJsonLines() {
    return Main.run(List.of("check", "--json", file.toString()), InputStream.nullInputStream(),
        nowhere, nowhere);
  }
}
