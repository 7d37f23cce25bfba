package org.ogireport.it.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.ogireport.compare.ComparisonFormat;
import org.ogireport.compare.ReportComparator;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Edition;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.importer.ReportImporter;
import org.ogireport.json.ReportJson;
import org.ogireport.office.DocumentImporter;
import org.ogireport.office.DocxWriter;
import org.ogireport.render.RenderFormat;
import org.ogireport.schema.ReportSchema;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.ReportGenerator;
import org.ogireport.validation.ReportValidator;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses each artifact through its exported API, from the module path, and prints what it got, one
 * {@code name=value} a line: what reading, validating and importing give, and which services
 * Jackson and Hibernate Validator found.
 *
 * <p>Arguments: the folder of the published real-world reports (a text and its expected JSON each)
 * and a PDF of one of them.
 */
public final class UseEveryArtifact {

  private UseEveryArtifact() {}

  public static void main(String[] args) throws Exception {
    Path published = Path.of(args[0]);
    Path json = published.resolve("hongze-2024.expected.json");
    byte[] jsonBytes = Files.readAllBytes(json);

    AnnualReport report = ReportJson.standard().read(json);
    print("json", report.getOrgan() + " " + report.getYear());

    // Hibernate Validator finds the catalogue's constraint validators as services
    ReportValidator validator = ReportValidator.create();
    print("validation.broken", codes(validator.validate(
        new ReportGenerator(1).breaking("APP-BALANCE").report()).getErrors()));

    AnnualReport imported = ReportImporter.builder().build()
        .read(published.resolve("hongze-2024.txt")).getReport();
    print("importer", imported.getOrgan() + " " + imported.getYear());

    List<String> jackson2 =
        ObjectMapper.findModules().stream().map(m -> m.getClass().getName()).toList();
    print("jackson2.modules", jackson2);
    AnnualReport viaJackson2 =
        new ObjectMapper().findAndRegisterModules().readValue(jsonBytes, AnnualReport.class);
    print("jackson2.read", viaJackson2.equals(report));

    List<String> jackson3 =
        MapperBuilder.findModules().stream().map(m -> m.getClass().getName()).toList();
    print("jackson3.modules", jackson3);
    AnnualReport viaJackson3 = JsonMapper.builder().findAndAddModules().build()
        .readValue(jsonBytes, AnnualReport.class);
    print("jackson3.read", viaJackson3.equals(report));

    print("render.html", RenderFormat.HTML.renderer().render(report).contains(report.getOrgan()));
    print("schema.resource", ReportSchema.readResource(Edition.V2021).contains(ReportSchema.DIALECT));

    DocumentImporter documents = DocumentImporter.builder().build();
    AnnualReport docx = documents.read(DocxWriter.standard().write(report), "hongze-2024.docx")
        .getReport();
    print("office.docx", docx.getOrgan() + " " + docx.getYear());
    AnnualReport pdf = documents.read(Path.of(args[1])).getReport();
    print("office.pdf", pdf.getOrgan() + " " + pdf.getYear());

    String comparison = ComparisonFormat.JSON.render(ReportComparator.create()
        .compare(Fixtures.realWorld("hongze-2023"), Fixtures.realWorld("hongze-2024")));
    print("evaluation", comparison.startsWith("{"));
  }

  private static TreeSet<String> codes(List<Diagnostic> diagnostics) {
    TreeSet<String> codes = new TreeSet<>();
    diagnostics.forEach(d -> codes.add(d.getCode()));
    return codes;
  }

  private static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}
