package org.ogireport.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;

/**
 * The Jackson 2 module that reads and writes {@link AnnualReport}s (and {@link Report2019},
 * {@link Report2021}) in the report JSON format:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper();
 * mapper.registerModule(new OgiReportModule());
 * }</pre>
 *
 * <p>It is also listed in {@code META-INF/services}, so {@code mapper.findAndRegisterModules()}
 * finds it. The core model carries no Jackson annotations: this module walks the tables'
 * {@code TableLayout}s.
 *
 * <p>Reading is strict: a missing cell, an unknown field (whatever
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says), a duplicate key, a wrong type, a cell of the other
 * edition throw {@link ReportMismatchException} with the dotted JSON path and the location. A
 * module cannot configure the mapper, so trailing tokens and input limits are up to the mapper:
 * {@link ReportJson} is the entry point that sets them, turns every failure into
 * {@link org.ogireport.core.ReportFormatException}, writes the canonical form, reads leniently
 * and reads JSON Lines.
 *
 * <pre>{@code
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * String out = mapper.writeValueAsString(report);
 * }</pre>
 */
public final class OgiReportModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module; stateless, so one instance may serve any number of mappers. */
  public OgiReportModule() {
    super(OgiReportModule.class.getSimpleName(),
        new Version(0, 1, 0, "SNAPSHOT", "org.ogireport", "ogi-report-serialization"));
    addSerializer(AnnualReport.class, new AnnualReportSerializer());
    addDeserializer(AnnualReport.class,
        new AnnualReportDeserializer<>(AnnualReport.class, null));
    addDeserializer(Report2019.class,
        new AnnualReportDeserializer<>(Report2019.class, Edition.V2019));
    addDeserializer(Report2021.class,
        new AnnualReportDeserializer<>(Report2021.class, Edition.V2021));
  }
}
