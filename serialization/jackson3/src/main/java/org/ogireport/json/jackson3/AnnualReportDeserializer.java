package org.ogireport.json.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;
import org.ogireport.json.format.ReportReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link AnnualReport}, or a {@code Report2019}/{@code Report2021} when the JSON's
 * edition matches, strictly through {@link ReportReader}: an unknown field is an error whatever
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says (off by default in Jackson 3 and in Spring Boot), as
 * in the Jackson 2 module.
 *
 * @param <T> the report type read
 */
final class AnnualReportDeserializer<T extends AnnualReport> extends StdDeserializer<T> {

  private final Class<T> type;
  private final Edition edition;

  AnnualReportDeserializer(Class<T> type, Edition edition) {
    super(type);
    this.type = type;
    this.edition = edition;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return type.cast(ReportReader.read(new ParserTokens(parser), edition, true, null));
    } catch (ReportFormatException e) {
      TokenStreamLocation at = new TokenStreamLocation(
          parser.currentLocation().contentReference(), -1L, -1L, e.getLine(), e.getColumn());
      throw new ReportMismatchException(parser, e.getPath(), at, e.getReason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a Jackson 3 parser throws no checked exception
    }
  }
}
