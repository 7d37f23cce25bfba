package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogireport.core.Edition;
import org.ogireport.json.ReportJson;
import org.ogireport.testing.Fixtures;

/**
 * What every command does alike: help, version, usage errors, standard input, inputs named
 * twice, nothing written when nothing was read, summaries that count what they print, the
 * language of messages, and the one JSON form of a diagnostic.
 */
class CommandLineBehaviourTest {

  private static final String REALWORLD =
      "../testing/src/main/resources/org/ogireport/testing/published/realworld/";
  private static final String HONGZE_TEXT = REALWORLD + "hongze-2023.txt";
  private static final ReportJson JSON = ReportJson.standard();

  @TempDir Path dir;

  private Path zeroForm(String name) throws IOException {
    return Files.writeString(dir.resolve(name), JSON.write(Fixtures.zeroForm(Edition.V2021)));
  }

  // ---- help, version, usage errors

  @ParameterizedTest
  @ValueSource(strings = {"check", "import", "render", "export", "schema", "aggregate",
      "indicators", "compare", "rank"})
  void everyCommandPrintsItsHelpOnStandardOutputAndExitsZero(String command) {
    for (String help : List.of("-h", "--help")) {
      CliRun run = CliRun.of(command, help);
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().startsWith("Usage: ogi-report " + command + " "), run.out());
      assertTrue(run.out().contains("-h, --help"), run.out());
      assertEquals("", run.err());
    }
    assertEquals(CliRun.of(command, "--help").out(), CliRun.of("help", command).out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "import", "render", "export", "aggregate", "indicators",
      "compare", "rank"})
  void everyCommandThatPrintsMessagesTakesLang(String command) {
    assertTrue(CliRun.of(command, "--help").out().contains("--lang=zh|en"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"check x.json", "import x.txt", "render --format text x.json",
      "export --format csv-wide x.json", "schema", "aggregate x.json", "indicators x.json",
      "compare x.json y.json", "rank x.json"})
  void everyCommandRefusesAnUnknownOptionWithExitTwo(String commandLine) {
    List<String> args = new java.util.ArrayList<>(List.of(commandLine.split(" ")));
    String command = args.get(0);
    args.add(1, "--no-such-option");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exit());
    assertEquals("ogi-report " + command + ": Unknown option: '--no-such-option'",
        run.errLines().get(0));
    assertTrue(run.err().contains("Usage: ogi-report " + command), run.err());
    assertTrue(run.err().endsWith("Try 'ogi-report " + command + " --help' for more information.\n"));
    assertEquals("", run.out());
  }

  @Test
  void versionIsTheVersionOfTheBuild() {
    String built = System.getProperty("ogireport.version");
    assertNotNull(built, "surefire passes the project version");
    for (String option : List.of("--version", "-V")) {
      CliRun run = CliRun.of(option);
      assertEquals(0, run.exit());
      assertEquals("ogi-report " + built + "\n", run.out());
    }
  }

  @Test
  void topLevelHelpListsEveryCommandAndNoCommandIsAUsageError() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exit());
    for (String command : List.of("check", "import", "render", "export", "schema", "aggregate",
        "indicators", "compare", "rank")) {
      assertTrue(help.out().contains("\n  " + command + " "), command);
    }
    CliRun none = CliRun.of();
    assertEquals(2, none.exit());
    assertEquals("ogi-report: a command is needed", none.errLines().get(0));
    CliRun typo = CliRun.of("chek");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().contains("Did you mean: ogi-report check "), typo.err());
  }

  // ---- standard input

  @Test
  void importPipedIntoCheckReadsStandardInput() {
    CliRun imported = CliRun.of("import", HONGZE_TEXT);
    CliRun check = CliRun.withInput(imported.out().getBytes(StandardCharsets.UTF_8),
        "check", "--json", "-");
    assertEquals(1, check.exit(), check.err());
    JsonNode report = check.lines().get(0);
    assertEquals("<stdin>", report.get("source").asText());
    assertEquals("淮安市洪泽区人民政府", report.get("organ").asText());
    assertEquals(2, report.get("errors").asInt());
  }

  @Test
  void standardInputMayHoldReportJsonJsonLinesOrAPublishedReport() throws IOException {
    byte[] pretty = JSON.write(Fixtures.zeroForm(Edition.V2021)).getBytes(StandardCharsets.UTF_8);
    assertEquals("<stdin>: （机关名称） 2021 (2021): 0 errors, 0 warnings\n",
        CliRun.withInput(pretty, "check", "-").out());

    String compact = JSON.writeCompact(Fixtures.zeroForm(Edition.V2019));
    CliRun lines = CliRun.withInput((compact + "\n{\"edition\": \"2019\"}\n" + compact + "\n")
        .getBytes(StandardCharsets.UTF_8), "check", "--lang", "en", "-");
    assertEquals(2, lines.exit());
    assertEquals("<stdin>:1: （机关名称） 2019 (2019): 0 errors, 0 warnings\n"
        + "<stdin>:3: （机关名称） 2019 (2019): 0 errors, 0 warnings\n", lines.out());
    assertEquals(List.of("ogi-report check: <stdin>:2:19: organ: missing field"), lines.errLines());

    CliRun text = CliRun.withInput(Files.readAllBytes(Path.of(HONGZE_TEXT)), "check", "-");
    assertEquals(1, text.exit());
    assertTrue(text.out().startsWith("<stdin>: 淮安市洪泽区人民政府 2023 (2021): "), text.out());
  }

  @Test
  void jsonLinesOnStandardInputStreamPastWhatIsLookedAtToRecogniseThem() {
    StringBuilder lines = new StringBuilder();
    for (var seed : Fixtures.seeds().values()) {
      lines.append(JSON.writeCompact(seed)).append('\n');
    }
    String many = lines.toString().repeat(20);   // 100 reports, well past the first 64 KiB
    assertTrue(many.length() > 1 << 16);
    CliRun run = CliRun.withInput(many.getBytes(StandardCharsets.UTF_8), "check", "--json", "-");
    assertEquals(0, run.exit(), run.err());
    assertEquals(100, run.lines().size());
    assertEquals("<stdin>:100", run.lines().get(99).get("source").asText());
  }

  // ---- inputs named twice

  @Test
  void anInputNamedTwiceIsRefusedBeforeAnythingIsRead() throws IOException {
    Path a = zeroForm("a.json");
    CliRun twice = CliRun.of("aggregate", a.toString(), a.toString());
    assertEquals(2, twice.exit());
    assertEquals("", twice.out());
    assertEquals("ogi-report aggregate: " + a + " is given twice: give each input once",
        twice.errLines().get(0));

    String other = dir.resolve(".").resolve("a.json").toString();
    CliRun spelled = CliRun.of("export", "--format", "csv-long", a.toString(), other);
    assertEquals(2, spelled.exit());
    assertEquals("", spelled.out());
    assertEquals("ogi-report export: " + a + " and " + other
        + " are the same input: give each input once", spelled.errLines().get(0));

    CliRun stdin = CliRun.of("check", "-", "-");
    assertEquals(2, stdin.exit());
    assertEquals("ogi-report check: - is given twice: give each input once",
        stdin.errLines().get(0));
  }

  // ---- nothing written when nothing could be read

  @ParameterizedTest
  @ValueSource(strings = {"export --format csv-wide", "export --format csv-long", "indicators",
      "aggregate", "render --format html"})
  void nothingIsWrittenWhenNoInputCouldBeRead(String command) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{");
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    args.add(dir.resolve("missing.json").toString());
    if (!command.startsWith("render")) {
      args.add(broken.toString());
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertEquals("ogi-report " + args.get(0) + ": " + dir.resolve("missing.json")
        + ": no such file", run.errLines().get(0));
  }

  // ---- summaries count what they print

  private static final Pattern SUMMARY =
      Pattern.compile(": (\\d+) errors, (\\d+) warnings(?:, (\\d+) info)?$");

  @Test
  void everySummaryCountsTheLinesPrintedUnderIt() {
    CliRun run = CliRun.of("check", HONGZE_TEXT);
    List<String> lines = run.out().lines().toList();
    Matcher summary = SUMMARY.matcher(lines.get(0));
    assertTrue(summary.find(), lines.get(0));
    List<String> below = lines.subList(1, lines.size());
    assertEquals(Integer.parseInt(summary.group(1)), count(below, "error"));
    assertEquals(Integer.parseInt(summary.group(2)), count(below, "warning"));
    assertEquals(Integer.parseInt(summary.group(3)), count(below, "info"));
    // the importer's two notes and one warning are counted beside the 2 errors and 14 warnings
    assertEquals(HONGZE_TEXT + ": 淮安市洪泽区人民政府 2023 (2021): 2 errors, 15 warnings, 2 info",
        lines.get(0));

    JsonNode json = CliRun.of("check", "--json", HONGZE_TEXT).lines().get(0);
    for (String severity : List.of("error", "warning", "info")) {
      int listed = 0;
      for (String array : List.of("violations", "import")) {
        for (JsonNode d : json.get(array)) {
          listed += d.get("severity").asText().equals(severity) ? 1 : 0;
        }
      }
      assertEquals(listed, json.get(severity.equals("info") ? "info" : severity + "s").asInt(),
          severity);
    }
  }

  private static long count(List<String> lines, String severity) {
    return lines.stream().filter(l -> l.startsWith("  " + severity + "\t")).count();
  }

  @Test
  void aSeriesSummaryCountsTheSkippedRulesItPrints() throws IOException {
    Path y2023 = Files.writeString(dir.resolve("2023.json"),
        JSON.write(CheckCommandTest.withoutSections(Fixtures.realWorld("hongze-2023"))));
    Path y2024 = Files.writeString(dir.resolve("2024.json"),
        JSON.write(Fixtures.realWorld("hongze-2024")));
    CliRun run = CliRun.of("check", "--series", "--lang", "en", y2023.toString(),
        y2024.toString());
    List<String> lines = run.out().lines().toList();
    int series = lines.indexOf("series 淮安市洪泽区人民政府 2023–2024: 0 errors, 0 warnings, 1 info");
    assertTrue(series > 0, run.out());
    assertEquals("  info\tSERIES-COPIED-PROBLEMS\t2024\tthe 2023 report has no section 五",
        lines.get(series + 1));
    assertEquals(series + 2, lines.size());
  }

  // ---- the language of messages

  @Test
  void commandsThatImportSayWhatTheImporterMetInTheLanguageAsked() {
    for (String command : List.of("render --format text", "export --format csv-long",
        "indicators", "aggregate")) {
      List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
      args.add(HONGZE_TEXT);
      CliRun zh = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, zh.exit(), command + ": " + zh.err());
      assertTrue(zh.err().startsWith(HONGZE_TEXT + ": 淮安市洪泽区人民政府 2023 (2021): "
          + "0 errors, 1 warnings, 2 info\n  info\tORGAN_QUALIFIED\tline 3: organ\t标题中的机关名称"), zh.err());
      args.add(1, "--lang=en");
      CliRun en = CliRun.of(args.toArray(String[]::new));
      assertTrue(en.err().contains("  info\tORGAN_QUALIFIED\tline 3: organ\torgan '洪泽区人民政府' in the"
          + " title completed from the text"), en.err());
      assertEquals(zh.out(), en.out());
    }
  }

  // ---- the one JSON form of a diagnostic

  @Test
  void checkJsonWritesCellsAsTheReportJsonDoesMoneyWithItsUnit() throws IOException {
    String negativeFee = JSON.write(Fixtures.zeroForm(Edition.V2021))
        .replace("\"value\": 0", "\"value\": -1.5");
    Path file = Files.writeString(dir.resolve("fee.json"), negativeFee);
    CliRun run = CliRun.of("check", "--json", "--lang", "en", file.toString());
    assertEquals(1, run.exit(), run.out());
    JsonNode violation = run.lines().get(0).get("violations").get(0);
    assertEquals("CELL-NEGATIVE", violation.get("code").asText());
    assertEquals("proactiveDisclosure.fees.amount", violation.get("path").asText());
    assertEquals("{\"proactiveDisclosure.fees.amount\":{\"value\":-1.5,\"unit\":\"万元\"}}",
        violation.get("cells").toString());
    assertFalse(violation.has("rule") || violation.has("year") || violation.has("line"));
  }

  @Test
  void anUnreadableInputIsADiagnosticOfCodeUnreadable() {
    Path missing = dir.resolve("missing.json");
    CliRun run = CliRun.of("check", "--json", missing.toString());
    assertEquals(2, run.exit());
    assertEquals("{\"source\":\"" + missing + "\",\"error\":{\"code\":\"UNREADABLE\","
        + "\"severity\":\"error\",\"source\":\"" + missing + "\",\"message\":\"no such file\"}}",
        run.lines().get(0).toString());
  }
}
