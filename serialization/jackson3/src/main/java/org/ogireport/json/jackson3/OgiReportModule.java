package org.ogireport.json.jackson3;

import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.Version;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that reads and writes {@link AnnualReport}s (and {@link Report2019},
 * {@link Report2021}) in the report JSON format:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OgiReportModule()).build();
 * }</pre>
 *
 * <p>It is also listed in {@code META-INF/services}, so {@code JsonMapper.builder()
 * .findAndAddModules()} finds it. The core model carries no Jackson annotations: this module
 * walks the tables' {@code TableLayout}s.
 *
 * <p>Reading is strict: a missing cell, an unknown field (whatever {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} says: Jackson 3 turns it off by default), a duplicate key, a wrong type, a number out of range, a cell of the other edition throw
 * {@link ReportMismatchException} with the dotted JSON path, line and column. Writing gives the
 * compact form; {@link #canonicalPrinter()} the canonical one:
 *
 * <pre>{@code
 * AnnualReport report = mapper.readValue(json, AnnualReport.class);
 * String canonical = mapper.writer().with(OgiReportModule.canonicalPrinter()).writeValueAsString(report);
 * }</pre>
 */
public final class OgiReportModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module; stateless, so one instance may serve any number of mappers. */
  public OgiReportModule() {
    super(OgiReportModule.class.getName(),
        new Version(0, 1, 0, "SNAPSHOT", "org.ogireport", "ogi-report-jackson3"));
    addSerializer(AnnualReport.class, new AnnualReportSerializer());
    addDeserializer(AnnualReport.class,
        new AnnualReportDeserializer<>(AnnualReport.class, null));
    addDeserializer(Report2019.class,
        new AnnualReportDeserializer<>(Report2019.class, Edition.V2019));
    addDeserializer(Report2021.class,
        new AnnualReportDeserializer<>(Report2021.class, Edition.V2021));
  }

  /**
   * The pretty printer of the canonical form: 2-space indent, {@code "key": value}, {@code \n}
   * line ends; with the mapper's default of no final newline, the bytes of the shared fixtures.
   *
   * @return a new printer
   */
  public static PrettyPrinter canonicalPrinter() {
    return new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }
}
