package org.ogireport.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README compiles as written, imports included (each wrapped as the
 * body of a {@code main}), with every warning an error; the "Getting started" program also runs,
 * printing what the README says it prints.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("../../README.md");

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  @Test
  void everyJavaSnippetOfTheReadmeCompilesAsWritten(@TempDir Path dir) throws IOException {
    List<String> snippets = Readme.blocksAfter(readme(), "```java");
    assertTrue(snippets.size() >= 6, "snippets found: " + snippets.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String name = "Snippet" + (i + 1);
      String errors = compile(dir, name, Readme.asMainClass(name, snippets.get(i)));
      if (!errors.isEmpty()) {
        failures.add(name + ":\n" + snippets.get(i) + "\n" + errors);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theGettingStartedProgramPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
    String program = Readme.blocksAfter(readme(), "<!-- downstream:java -->").get(0);
    String shown = Readme.blocksAfter(readme(), "<!-- downstream:output -->").get(0);
    assertEquals("", compile(dir, "GettingStarted", Readme.asMainClass("GettingStarted", program)));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("GettingStarted").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertEquals(shown.strip(), printed.toString(StandardCharsets.UTF_8).strip());
  }

  /** Compiles one class into the directory; returns the diagnostics, empty when it compiled. */
  private static String compile(Path dir, String name, String source) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file.toFile());
      List<String> options = List.of("-d", dir.toString(), "-classpath",
          System.getProperty("java.class.path") + File.pathSeparator + dir, "-Xlint:all",
          "-Xlint:-processing", "-Werror", "-proc:none", "--release", "17");
      boolean ok = javac.getTask(errors, files, null, options, null, units).call();
      return ok ? "" : errors.toString();
    }
  }
}
