package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.Report2019;
import org.ogireport.core.Sections;
import org.ogireport.testing.Fixtures;
import org.ogireport.json.JsonLinesWriter;
import org.ogireport.json.ReportJson;

class CheckCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ReportJson json = ReportJson.standard();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(MAPPER.readTree(line));
        }
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Set<String> findings(JsonNode report) {
    Set<String> found = new TreeSet<>();
    for (JsonNode v : report.get("violations")) {
      found.add(v.get("code").asText() + " " + v.get("path").asText());
    }
    return found;
  }

  @Test
  void everySeedChecksCleanAndExitsZero() throws IOException {
    List<String> files = new ArrayList<>();
    for (var seed : Fixtures.seeds().entrySet()) {
      Path file = dir.resolve(seed.getKey() + ".json");
      Files.writeString(file, json.write(seed.getValue()));
      files.add(file.toString());
    }
    List<String> args = new ArrayList<>(List.of("check", "--json"));
    args.addAll(files);
    Run run = run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertEquals(5, run.lines().size());
    for (JsonNode report : run.lines()) {
      assertEquals(0, report.get("violations").size(), report.toString());
    }
  }

  @Test
  void jsonLinesInputGivesOneLinePerReportWithRuleAndPath() throws IOException {
    Path file = dir.resolve("reports.jsonl");
    Report2019 fuling = (Report2019) Fixtures.seed("001_78cf330bb6c558ff");
    Applications perturbed = Applications.builder(fuling.getEdition()).from(fuling.getApplications())
        .set(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 7)
        .build();
    try (JsonLinesWriter writer = json.lineWriter(file)) {
      writer.write(Fixtures.realWorld("hongze-2023"));
      writer.write(ImmutableReport2019.copyOf(fuling).withApplications(perturbed));
      writer.write(fuling);
    }
    Run run = run("check", "--json", "--lang", "en", file.toString());
    assertEquals(1, run.exit(), run.err());
    List<JsonNode> lines = run.lines();
    assertEquals(3, lines.size());

    JsonNode hongze = lines.get(0);
    assertEquals(file + ":1", hongze.get("source").asText());
    assertEquals(2, hongze.get("errors").asInt());
    assertEquals(14, hongze.get("warnings").asInt());
    assertTrue(findings(hongze).contains("LIT-TOTAL reviewAndLitigation.review.total"));
    assertTrue(findings(hongze).contains("LIT-TOTAL reviewAndLitigation.litigationAfterReview.total"));

    // 予以公开·自然人 8 → 7: its row total and its column's （七）总计 no longer add up
    assertEquals(
        Set.of("APP-ROW-TOTAL applications.outcomes.granted.total",
            "APP-OUTCOME-TOTAL applications.outcomes.total.naturalPerson"),
        findings(lines.get(1)));
    JsonNode rowTotal = lines.get(1).get("violations").get(0);
    assertEquals("error", rowTotal.get("severity").asText());
    assertEquals(8, rowTotal.get("left").asInt());
    assertEquals(7, rowTotal.get("right").asInt());
    assertFalse(rowTotal.get("message").asText().isBlank());

    assertEquals(Set.of(), findings(lines.get(2)));
  }

  @Test
  void anUnreadableInputIsNamedAndTheOthersAreStillChecked() throws IOException {
    Path jsonl = dir.resolve("mixed.jsonl");
    Files.writeString(jsonl, json.writeCompact(Fixtures.seed("000_b780817e18a3daa1")) + "\n"
        + "{\"edition\": \"2019\", \"organ\": 5}\n"
        + json.writeCompact(Fixtures.seed("004_769736e4f7e1b172")) + "\n");
    Run run = run("check", "--json", dir.resolve("missing.json").toString(), jsonl.toString());
    assertEquals(2, run.exit());
    String[] reasons = run.err().split("\n");
    assertEquals(2, reasons.length, run.err());
    assertEquals("ogi-report check: " + dir.resolve("missing.json") + ": no such file", reasons[0]);
    assertTrue(reasons[1].startsWith("ogi-report check: " + jsonl + ":2"), reasons[1]);
    List<JsonNode> lines = run.lines();
    assertEquals(4, lines.size());
    assertTrue(lines.get(0).has("error"));
    assertEquals(jsonl + ":1", lines.get(1).get("source").asText());
    assertTrue(lines.get(2).has("error"));
    assertEquals(jsonl + ":3", lines.get(3).get("source").asText());
    assertEquals(0, lines.get(3).get("errors").asInt());
  }

  @Test
  void plainOutputNamesEachReportAndFindingInTheChosenLanguage() throws IOException {
    Path file = dir.resolve("hongze.json");
    Files.writeString(file, json.write(Fixtures.realWorld("hongze-2023")));
    Run zh = run("check", file.toString());
    assertEquals(1, zh.exit());
    assertTrue(zh.out().startsWith(file + ": 淮安市洪泽区人民政府 2023 (2021): 2 errors, 14 warnings\n"), zh.out());
    assertTrue(zh.out().contains("  error\tLIT-TOTAL\treviewAndLitigation.review.total\t"), zh.out());
    Run en = run("check", "--lang", "en", file.toString());
    assertTrue(en.out().contains("was published without a number"), en.out());
  }

  @Test
  void seriesChecksConsecutiveYearsOfOneOrganAcrossFiles() throws IOException {
    Path y2023 = dir.resolve("2023.json");
    Path y2024 = dir.resolve("2024.json");
    // 2023 without its section texts, so that the copied-problems comparison has nothing to compare
    Files.writeString(y2023, json.write(withoutSections(Fixtures.realWorld("hongze-2023"))));
    Files.writeString(y2024, json.write(Fixtures.realWorld("hongze-2024")));
    Run run = run("check", "--json", "--series", y2024.toString(), y2023.toString());
    List<JsonNode> lines = run.lines();
    assertEquals(3, lines.size(), run.out());
    JsonNode series = lines.get(2);
    assertEquals("淮安市洪泽区人民政府", series.get("series").asText());
    assertEquals("[2023,2024]", series.get("years").toString());
    // 2023 carried forward 0 in every column, 2024 carried over 0: continuity holds;
    // 现行有效 5 + 制发 3 − 废止 0 = 8 as printed in 2024
    assertEquals(0, series.get("violations").size(), series.toString());
    // 2023 has no section texts, so the copied-problems comparison is skipped
    assertEquals(1, series.get("skipped").size());
    assertEquals("SERIES-COPIED-PROBLEMS", series.get("skipped").get(0).get("code").asText());
    assertEquals(2024, series.get("skipped").get(0).get("year").asInt());
    assertEquals("2023 年度报告没有第五部分（存在的主要问题及改进情况）",
        series.get("skipped").get(0).get("message").asText());

    Run without = run("check", "--json", y2024.toString(), y2023.toString());
    assertEquals(2, without.lines().size());
  }

  @Test
  void aYearGivenTwiceToSeriesIsSaidNotSilentlyDropped() throws IOException {
    Path first = dir.resolve("2024.json");
    Path again = dir.resolve("2024-again.json");
    Path y2023 = dir.resolve("2023.json");
    Files.writeString(first, json.write(Fixtures.realWorld("hongze-2024")));
    Files.writeString(again, json.write(Fixtures.realWorld("hongze-2024")));
    Files.writeString(y2023, json.write(withoutSections(Fixtures.realWorld("hongze-2023"))));
    Run run = run("check", "--json", "--series", first.toString(), again.toString(),
        y2023.toString());
    assertEquals("ogi-report check: --series: 淮安市洪泽区人民政府 2024 is given more than once:"
        + " the series rules take the first report of it\n", run.err());
    assertEquals("[2023,2024]", run.lines().get(3).get("years").toString());
  }

  @Test
  void narrativeChecksRunOnRequestOnly() throws IOException {
    Path text = Path.of("../testing/src/main/resources/org/ogireport/testing/published/realworld/hongze-2024.txt");
    Run plain = run("check", "--json", text.toString());
    assertFalse(findings(plain.lines().get(0)).stream().anyMatch(f -> f.startsWith("NARR-")));
    Run narrative = run("check", "--json", "--narrative", text.toString());
    // 一、总体情况 says 受理政府信息公开申请 17 件; table 三 prints 95 newly received
    assertTrue(findings(narrative.lines().get(0))
        .contains("NARR-APPLICATIONS applications.newReceived.total"), narrative.out());
    assertEquals(0, narrative.exit());
  }

  @Test
  void badArgumentsExitTwoWithUsage() {
    assertEquals(2, run("check").exit());
    Run lang = run("check", "--lang", "fr", "x.json");
    assertEquals(2, lang.exit());
    assertEquals("ogi-report check: Invalid value for option '--lang': expected zh or en, got 'fr'",
        lang.err().lines().findFirst().orElseThrow());
    assertEquals(2, run("nonsense").exit());
  }

  static AnnualReport withoutSections(AnnualReport report) {
    return AnnualReport.builder(report.getEdition()).from(report).sections(Sections.empty()).build();
  }
}
