package org.ogireport.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.FixtureFiles;
import org.ogireport.json.format.ReportPojos;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing one report (compact JSON, UTF-8 bytes in, String out) through
 * {@link ReportJson}, against its floor: plain Jackson binding the same JSON text to the mutable
 * public-field POJOs of {@link ReportPojos}.
 *
 * <pre>
 * ./mvnw -B -pl serialization/json -am -Pbenchmarks -DskipTests verify -Djmh.args="-f 1 -wi 3 -i 5"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

  private final ReportJson json = ReportJson.standard();
  private ObjectReader pojoReader2019;
  private ObjectReader pojoReader2021;
  private ObjectWriter pojoWriter;
  private AnnualReport report2019;
  private AnnualReport report2021;
  private byte[] text2019;
  private byte[] text2021;
  private ReportPojos.Pojo2019 pojo2019;
  private ReportPojos.Pojo2021 pojo2021;

  @Setup
  public void setUp() throws IOException {
    // the reports ReportPojos was generated from: seed 7, a 2019 then a 2021 one
    // real published reports (the fixtures of ogi-report-testing, on this module's test path)
    report2019 = json.read(FixtureFiles.text("seeds/001_78cf330bb6c558ff"));
    report2021 = json.read(FixtureFiles.text("realworld/huaian-2024"));
    text2019 = json.writeCompact(report2019).getBytes(StandardCharsets.UTF_8);
    text2021 = json.writeCompact(report2021).getBytes(StandardCharsets.UTF_8);
    ObjectMapper plain = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    pojoReader2019 = plain.readerFor(ReportPojos.Pojo2019.class);
    pojoReader2021 = plain.readerFor(ReportPojos.Pojo2021.class);
    pojoWriter = plain.writer();
    pojo2019 = pojoReader2019.readValue(text2019);
    pojo2021 = pojoReader2021.readValue(text2021);
    sameText(pojo2019, text2019);
    sameText(pojo2021, text2021);
  }

  private void sameText(Object pojo, byte[] expected) throws JsonProcessingException {
    String written = pojoWriter.writeValueAsString(pojo);
    if (!written.equals(new String(expected, StandardCharsets.UTF_8))) {
      throw new IllegalStateException("the POJO floor does not write the same JSON:\n" + written);
    }
  }

  @Benchmark
  public AnnualReport read2019() {
    return json.read(text2019);
  }

  @Benchmark
  public AnnualReport read2021() {
    return json.read(text2021);
  }

  @Benchmark
  public Object readPojoFloor2019() throws IOException {
    return pojoReader2019.readValue(text2019);
  }

  @Benchmark
  public Object readPojoFloor2021() throws IOException {
    return pojoReader2021.readValue(text2021);
  }

  @Benchmark
  public String write2019() {
    return json.writeCompact(report2019);
  }

  @Benchmark
  public String write2021() {
    return json.writeCompact(report2021);
  }

  @Benchmark
  public String writePojoFloor2019() throws JsonProcessingException {
    return pojoWriter.writeValueAsString(pojo2019);
  }

  @Benchmark
  public String writePojoFloor2021() throws JsonProcessingException {
    return pojoWriter.writeValueAsString(pojo2021);
  }
}
