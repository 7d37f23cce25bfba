package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} and {@code rank} on the real reports: thin calls of ogi-report-evaluation. */
class EvaluationCommandsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String file(String name) {
    return "../testing/src/main/resources/org/ogireport/testing/published/realworld/" + name
        + ".expected.json";
  }

  @Test
  void compareWritesEveryCellOfTwoYearsWithItsChange() throws IOException {
    CliRun run = CliRun.of("compare", "--format", "json", file("hongze-2023"), file("hongze-2024"));
    assertEquals(0, run.exit(), run.err());
    JsonNode root = MAPPER.readTree(run.out());
    assertEquals("淮安市洪泽区人民政府", root.get("organ").asText());
    assertEquals(200, root.get("cells").size());
    JsonNode received = null;
    int increased = 0;
    for (JsonNode cell : root.get("cells")) {
      increased += cell.get("change").asText().equals("increased") ? 1 : 0;
      if (cell.get("path").asText().equals("applications.newReceived.total")) {
        received = cell;
      }
    }
    assertEquals(20, increased);
    assertEquals(21, received.get("previous").get("value").asInt());
    assertEquals(95, received.get("current").get("value").asInt());
    assertEquals(74, received.get("difference").asInt());
  }

  @Test
  void compareRefusesTwoOrgansOrYearsInTheWrongOrderInOneLine() {
    CliRun organs = CliRun.of("compare", file("hongze-2024"), file("huaian-2024"));
    assertEquals(2, organs.exit());
    assertTrue(organs.err().startsWith("ogi-report compare: compare two years of one organ:"),
        organs.err());
    assertEquals(1, organs.err().strip().lines().count());
    CliRun order = CliRun.of("compare", file("hongze-2024"), file("hongze-2023"));
    assertEquals(2, order.exit());
    assertEquals("", order.out());
  }

  @Test
  void rankGroupsByYearAndLeavesSharesBelowTheMinimumBaseUnranked() {
    CliRun run = CliRun.of("rank", "--by", "year",
        file("hongze-2023"), file("hongze-2024"), file("huaian-2024"));
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\r\n");
    assertEquals(4, lines.length);
    String[] header = lines[0].split(",");
    int handledRank = indexOf(header, "applications_handled_rank");
    int reviewRank = indexOf(header, "review_correction_rate_rank");
    String[] huaian = lines[2].split(",");
    String[] hongze = lines[3].split(",");
    assertEquals("淮安市人民政府", huaian[1]);
    assertEquals("1", huaian[handledRank]);      // 3050 applications handled against 95
    assertEquals("2", hongze[handledRank]);
    assertEquals("1", huaian[reviewRank]);       // 314 closed reviews, over the base of 30
    assertEquals("", hongze[reviewRank]);        // 2 closed reviews: not ranked
  }

  @Test
  void rankWithAMappingFileNamesItsBadLineAndWritesNothing(@TempDir Path dir) throws IOException {
    Path map = dir.resolve("groups.csv");
    Files.writeString(map, "organ,group\n淮安市人民政府,市级\n淮安市洪泽区人民政府\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("rank", "--by", "map=" + map, file("hongze-2024"));
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains(map + ":3"), run.err());
  }

  @Test
  void rankOfTheSameReportTwiceIsRefused() {
    CliRun run = CliRun.of("rank", file("hongze-2024"), "./" + file("hongze-2024"));
    assertEquals(2, run.exit());
    assertEquals("", run.out());
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name);
  }
}
