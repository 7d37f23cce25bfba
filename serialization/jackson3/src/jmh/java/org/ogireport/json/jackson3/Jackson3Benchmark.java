package org.ogireport.json.jackson3;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one report (compact JSON, UTF-8 bytes in, String out) through a Jackson 3
 * mapper with {@link OgiReportModule}, against its floor: the same plain Jackson 3 binding the same
 * text to the mutable public-field POJOs of {@link ReportPojos}.
 *
 * <pre>
 * ./mvnw -B -pl serialization/jackson3 -am -Pbenchmarks -DskipTests verify -Djmh.args="Jackson3Benchmark -f 1 -wi 3 -i 5"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Jackson3Benchmark {

  private ObjectReader reader;
  private ObjectWriter writer;
  private ObjectReader pojoReader2019;
  private ObjectReader pojoReader2021;
  private ObjectWriter pojoWriter;
  private AnnualReport report2019;
  private AnnualReport report2021;
  private byte[] text2019;
  private byte[] text2021;
  private Object pojo2019;
  private Object pojo2021;

  @Setup
  public void setUp() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgiReportModule()).build();
    reader = mapper.readerFor(AnnualReport.class);
    writer = mapper.writerFor(AnnualReport.class);
    report2019 = reader.readValue(FixtureFiles.text("seeds/001_78cf330bb6c558ff"));
    report2021 = reader.readValue(FixtureFiles.text("realworld/huaian-2024"));
    text2019 = writer.writeValueAsString(report2019).getBytes(StandardCharsets.UTF_8);
    text2021 = writer.writeValueAsString(report2021).getBytes(StandardCharsets.UTF_8);
    // Jackson 3 sorts properties by name unless told not to; the floor keeps the field order
    JsonMapper plain = JsonMapper.builder()
        .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
    pojoReader2019 = plain.readerFor(ReportPojos.Pojo2019.class);
    pojoReader2021 = plain.readerFor(ReportPojos.Pojo2021.class);
    pojoWriter = plain.writer();
    pojo2019 = pojoReader2019.readValue(text2019);
    pojo2021 = pojoReader2021.readValue(text2021);
    sameText(pojo2019, text2019);
    sameText(pojo2021, text2021);
  }

  private void sameText(Object pojo, byte[] expected) {
    String written = pojoWriter.writeValueAsString(pojo);
    if (!written.equals(new String(expected, StandardCharsets.UTF_8))) {
      throw new IllegalStateException("the POJO floor does not write the same JSON:\n" + written);
    }
  }

  @Benchmark
  public AnnualReport read2019() {
    return reader.readValue(text2019);
  }

  @Benchmark
  public AnnualReport read2021() {
    return reader.readValue(text2021);
  }

  @Benchmark
  public Object readPojoFloor2019() {
    return pojoReader2019.readValue(text2019);
  }

  @Benchmark
  public Object readPojoFloor2021() {
    return pojoReader2021.readValue(text2021);
  }

  @Benchmark
  public String write2019() {
    return writer.writeValueAsString(report2019);
  }

  @Benchmark
  public String write2021() {
    return writer.writeValueAsString(report2021);
  }

  @Benchmark
  public String writePojoFloor2019() {
    return pojoWriter.writeValueAsString(pojo2019);
  }

  @Benchmark
  public String writePojoFloor2021() {
    return pojoWriter.writeValueAsString(pojo2021);
  }
}
