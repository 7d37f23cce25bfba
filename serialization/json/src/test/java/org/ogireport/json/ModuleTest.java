package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.FixtureFiles;

class ModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void findAndRegisterModulesFindsTheModule() {
    assertTrue(mapper.getRegisteredModuleIds().contains(OgiReportModule.class.getSimpleName()),
        mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void aPlainMapperReadsAndWritesTheFormat() throws Exception {
    String text = FixtureFiles.text("seeds/001_78cf330bb6c558ff");
    AnnualReport report = mapper.readValue(text, AnnualReport.class);
    assertEquals(ReportJson.standard().read(text), report);
    assertEquals(report, mapper.readValue(mapper.writeValueAsString(report), AnnualReport.class));
    assertEquals(ReportJson.standard().writeCompact(report), mapper.writeValueAsString(report));
  }

  @Test
  void aPlainMapperIsStrictToo() {
    String input = StrictErrorsTest.replaceFirst(StrictErrorsTest.BASE, "\"issued\": 0", "\"issued\": 1.5");
    ReportMismatchException e = assertThrows(ReportMismatchException.class,
        () -> mapper.readValue(input, AnnualReport.class));
    assertEquals("proactiveDisclosure.rules.issued", e.getReportPath());
    assertEquals(7, e.getLocation().getLineNr());
    assertTrue(e.getOriginalMessage().startsWith("proactiveDisclosure.rules.issued: expected a whole number"));
  }

  @Test
  void reportJsonHandsOutACopyOfItsMapper() throws Exception {
    ObjectMapper copy = ReportJson.standard().toObjectMapper();
    String text = FixtureFiles.text("realworld/huaian-2024");
    assertEquals(ReportJson.standard().read(text), copy.readValue(text, AnnualReport.class));
  }

  @Test
  void unknownFieldsAreRefusedEvenWhereTheMapperIgnoresUnknownProperties() {
    ObjectMapper lax = new ObjectMapper().findAndRegisterModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String input = StrictErrorsTest.replaceFirst(StrictErrorsTest.BASE, "\"issued\": 0", "\"issud\": 0");
    ReportMismatchException e = assertThrows(ReportMismatchException.class,
        () -> lax.readValue(input, AnnualReport.class));
    assertEquals("proactiveDisclosure.rules.issud", e.getReportPath());
  }
}
