package org.ogireport.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A new user's project, made from the README as written: the README's dependency snippet in a
 * fresh pom, the README's "Getting started" code as its main class, built by Maven against the
 * artifacts installed the way a user gets them (no reactor, no test class path), run, and its
 * output compared with the output the README shows.
 *
 * <p>The README marks what a user copies with {@code <!-- downstream:pom -->},
 * {@code <!-- downstream:java -->} and {@code <!-- downstream:output -->} before the fenced
 * blocks; the artifacts come from {@code target/downstream-repo} (maven-invoker-plugin's
 * {@code install}, with the plugins the build runs).
 */
class DownstreamProjectIT {

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("failsafe passes " + name + " (see this module's pom)");
    }
    return value;
  }

  @Test
  void theReadmesSnippetAndCodeBuildAndRunAsWrittenInANewProject() throws Exception {
    String readme = Files.readString(Path.of(property("downstream.readme")), StandardCharsets.UTF_8);
    List<String> dependencies = Readme.blocksAfter(readme, "<!-- downstream:pom -->");
    List<String> code = Readme.blocksAfter(readme, "<!-- downstream:java -->");
    List<String> output = Readme.blocksAfter(readme, "<!-- downstream:output -->");
    assertEquals(1, code.size(), "one Getting started program in the README");
    assertEquals(1, output.size(), "its output in the README");
    assertTrue(!dependencies.isEmpty(), "a dependency snippet in the README");

    Path project = Path.of(property("downstream.directory"));
    Path source = project.resolve("src/main/java/GettingStarted.java");
    Files.createDirectories(source.getParent());
    Files.writeString(project.resolve("pom.xml"), pom(String.join("\n", dependencies)),
        StandardCharsets.UTF_8);
    Files.writeString(source, Readme.asMainClass("GettingStarted", code.get(0)),
        StandardCharsets.UTF_8);

    // the artifacts and the build's plugins are in the repository already; what a plugin's own
    // build imports (a BOM) comes from Maven Central, as for any new project
    List<String> command = new ArrayList<>(List.of(property("downstream.mvnw"), "-B", "-q", "-nsu",
        "-Dmaven.repo.local=" + property("downstream.repository"),
        "-f", project.resolve("pom.xml").toString(), "compile", "exec:java"));
    Path log = project.resolve("stderr.log");     // Maven's and the logging's messages
    Process maven = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] printed = maven.getInputStream().readAllBytes();
    assertTrue(maven.waitFor(10, TimeUnit.MINUTES), "the downstream build ended");
    String out = new String(printed, StandardCharsets.UTF_8);
    assertEquals(0, maven.exitValue(), out + Files.readString(log, StandardCharsets.UTF_8));
    assertEquals(output.get(0).strip(), out.strip());
  }

  private static String pom(String dependencies) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>downstream</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
        %s
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs>
                </configuration>
              </plugin>
              <plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>exec-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <mainClass>GettingStarted</mainClass>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(dependencies.replace("0.1.0-SNAPSHOT", property("downstream.version")),
        property("downstream.resources-plugin.version"),
        property("downstream.compiler-plugin.version"),
        property("downstream.exec-plugin.version"));
  }
}
