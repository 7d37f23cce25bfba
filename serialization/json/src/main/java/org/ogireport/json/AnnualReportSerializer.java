package org.ogireport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.JsonOutput;
import org.ogireport.json.format.ReportWriter;

/** Writes an {@link AnnualReport} in the report JSON format through {@link ReportWriter}. */
final class AnnualReportSerializer extends StdSerializer<AnnualReport> {

  private static final long serialVersionUID = 1L;

  AnnualReportSerializer() {
    super(AnnualReport.class);
  }

  @Override
  public void serialize(AnnualReport report, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    ReportWriter.write(report, new GeneratorOutput(gen));
  }

  /**
   * Writes one cell as the report JSON does: a count, null, {@code "/"} or a money object (for
   * the cells of a diagnostic, {@link DiagnosticJson}).
   */
  static void writeCell(org.ogireport.core.Cell cell, JsonGenerator gen) throws IOException {
    ReportWriter.writeCell(cell, new GeneratorOutput(gen));
  }

  /** A Jackson 2 generator as the format's writer sees it. */
  private record GeneratorOutput(JsonGenerator gen) implements JsonOutput {

    @Override
    public void startObject() throws IOException {
      gen.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      gen.writeEndObject();
    }

    @Override
    public void name(int id) throws IOException {
      gen.writeFieldName(ParserTokens.NAMES[id]);
    }

    @Override
    public void string(String text) throws IOException {
      gen.writeString(text);
    }

    @Override
    public void number(long value) throws IOException {
      gen.writeNumber(value);
    }

    @Override
    public void number(String text) throws IOException {
      gen.writeNumber(text);
    }

    @Override
    public void nullValue() throws IOException {
      gen.writeNull();
    }
  }
}
