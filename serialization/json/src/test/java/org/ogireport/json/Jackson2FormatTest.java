package org.ogireport.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.JsonFormatContract;

/**
 * The format's contract through a Jackson 2 mapper that found the module by itself; the
 * canonical form through {@link ReportJson}, the entry point that writes it.
 */
class Jackson2FormatTest extends JsonFormatContract {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Override
  protected Mapper mapper() {
    return new Mapper() {
      @Override
      public <T extends AnnualReport> T read(String json, Class<T> type) {
        try {
          return MAPPER.readValue(json, type);
        } catch (ReportMismatchException e) {
          throw new Refused(e.getReportPath(), e.getLocation().getLineNr(),
              e.getLocation().getColumnNr(), e.getReason());
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String writeCompact(AnnualReport report) {
        try {
          return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String writeCanonical(AnnualReport report) {
        return ReportJson.standard().write(report);
      }
    };
  }
}
