package org.ogireport.json.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.JsonOutput;
import org.ogireport.json.format.ReportWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link AnnualReport} in the report JSON format through {@link ReportWriter}. */
final class AnnualReportSerializer extends StdSerializer<AnnualReport> {

  AnnualReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport report, JsonGenerator gen, SerializationContext context) {
    try {
      ReportWriter.write(report, new GeneratorOutput(gen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a Jackson 3 generator throws no checked exception
    }
  }

  /** A Jackson 3 generator as the format's writer sees it. */
  private record GeneratorOutput(JsonGenerator gen) implements JsonOutput {

    @Override
    public void startObject() {
      gen.writeStartObject();
    }

    @Override
    public void endObject() {
      gen.writeEndObject();
    }

    @Override
    public void name(int id) {
      gen.writeName(ParserTokens.NAMES[id]);
    }

    @Override
    public void string(String text) {
      gen.writeString(text);
    }

    @Override
    public void number(long value) {
      gen.writeNumber(value);
    }

    @Override
    public void number(String text) {
      gen.writeNumber(text);
    }

    @Override
    public void nullValue() {
      gen.writeNull();
    }
  }
}
