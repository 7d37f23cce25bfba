package org.ogireport.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.json.format.JsonFormatContract;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The format's contract through a Jackson 3 mapper that found the module by itself. */
class Jackson3FormatTest extends JsonFormatContract {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

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
        }
      }

      @Override
      public String writeCompact(AnnualReport report) {
        return MAPPER.writeValueAsString(report);
      }

      @Override
      public String writeCanonical(AnnualReport report) {
        return MAPPER.writer().with(OgiReportModule.canonicalPrinter()).writeValueAsString(report);
      }
    };
  }

  @Test
  void aMapperWithoutTheModuleRefusesToWriteAReportAndNamesTheModule() {
    JsonMapper plain = JsonMapper.builder().build();
    DatabindException e = assertThrows(DatabindException.class,
        () -> plain.writeValueAsString(AnnualReport.blank(Edition.V2021, "某局", 2022)));
    assertTrue(e.getMessage().contains("org.ogireport.json.jackson3.OgiReportModule"), e.getMessage());
  }
}
