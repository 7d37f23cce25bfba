package org.ogireport.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifacts as named modules: a user's module that requires each of them by name
 * ({@code src/modulepath/java}) is compiled and run on a module path of our jars and what they
 * need at run time (nothing on the class path), and so is the command line. It reads a report's
 * JSON, validates it, imports a published text and a PDF, and shows that the services are found:
 * the Jackson 2 and Jackson 3 modules, and the rules' constraint validators.
 */
class ModulePathIT {

  private static String modulePath;
  private static Path published;

  @BeforeAll
  static void locate() {
    modulePath = property("modulepath.jars");
    published = Path.of(property("modulepath.published"));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("failsafe passes " + name + " (see this module's pom)");
    }
    return value;
  }

  @Test
  void aModuleRequiringEveryArtifactReadsValidatesAndImportsWithItsServicesFound(
      @TempDir Path classes) throws Exception {
    Path sources = Path.of(property("modulepath.sources"));
    List<String> javac = new ArrayList<>(List.of(
        "--module-path", modulePath, "-d", classes.toString(), "-encoding", "UTF-8"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = ToolProvider.getSystemJavaCompiler()
        .run(null, errors, errors, javac.toArray(String[]::new));
    assertEquals(0, compiled, errors.toString(StandardCharsets.UTF_8));

    Map<String, String> found = lines(run(List.of(
        "--module-path", classes + File.pathSeparator + modulePath,
        "--module", "org.ogireport.it.modulepath/org.ogireport.it.modulepath.UseEveryArtifact",
        published.toString(), property("modulepath.pdf"))));

    String hongze2024 = "淮安市洪泽区人民政府 2024";
    assertEquals(Map.ofEntries(
        Map.entry("json", hongze2024),
        Map.entry("validation.broken", "[APP-BALANCE]"),
        Map.entry("importer", hongze2024),
        Map.entry("jackson2.modules", "[org.ogireport.json.OgiReportModule]"),
        Map.entry("jackson2.read", "true"),
        Map.entry("jackson3.modules", "[org.ogireport.json.jackson3.OgiReportModule]"),
        Map.entry("jackson3.read", "true"),
        Map.entry("render.html", "true"),
        Map.entry("schema.resource", "true"),
        Map.entry("office.docx", hongze2024),
        Map.entry("office.pdf", hongze2024),
        Map.entry("evaluation", "true")), found);
  }

  @Test
  void theCommandLineRunsAsAModuleAndChecksAReport() throws Exception {
    String out = run(List.of("--module-path", modulePath, "--module", "org.ogireport.cli",
        "check", published.resolve("hongze-2024.expected.json").toString()));
    assertTrue(out.contains("淮安市洪泽区人民政府 2024 (2021)"), out);
  }

  /** Runs {@code java} with the arguments and returns what it printed; it must exit with 0. */
  private static String run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // POI's log4j-api looks for its settings in its own module only: quiet it here
    command.add("-Dlog4j2.statusLoggerLevel=OFF");
    command.addAll(arguments);
    Path log = Files.createTempFile("modulepath", ".log");
    try {
      Process java = new ProcessBuilder(command).redirectError(log.toFile()).start();
      byte[] printed = java.getInputStream().readAllBytes();
      assertTrue(java.waitFor(2, TimeUnit.MINUTES), "java ended");
      String out = new String(printed, StandardCharsets.UTF_8);
      assertEquals(0, java.exitValue(), out + Files.readString(log, StandardCharsets.UTF_8));
      return out;
    } finally {
      Files.delete(log);
    }
  }

  private static Map<String, String> lines(String out) {
    Map<String, String> found = new HashMap<>();
    for (String line : out.lines().toList()) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        found.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return found;
  }
}
