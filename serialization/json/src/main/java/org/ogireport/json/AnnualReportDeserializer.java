package org.ogireport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.ReportFormatException;
import org.ogireport.json.format.ReportReader;

/**
 * Reads an {@link AnnualReport}, or a {@code Report2019}/{@code Report2021} when the JSON's
 * edition matches, through {@link ReportReader}: strictly, unknown fields included, unless the
 * read carries other {@link ReadSettings}.
 *
 * @param <T> the report type read
 */
final class AnnualReportDeserializer<T extends AnnualReport> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final Edition edition;

  /**
   * A deserializer.
   *
   * @param type the type read
   * @param edition the edition the JSON must have, or null for either
   */
  AnnualReportDeserializer(Class<T> type, Edition edition) {
    super(type);
    this.type = type;
    this.edition = edition;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Object attribute = context.getAttribute(ReadSettings.class);
    ReadSettings settings =
        attribute instanceof ReadSettings given ? given : new ReadSettings(null, true);
    try {
      return type.cast(ReportReader.read(new ParserTokens(parser), edition,
          settings.failOnUnknownFields(), settings.problems()));
    } catch (ReportFormatException e) {
      JsonLocation at = new JsonLocation(parser.currentLocation().contentReference(), -1L, -1L,
          e.getLine(), e.getColumn());
      throw new ReportMismatchException(parser, e.getPath(), at, e.getReason());
    }
  }
}
