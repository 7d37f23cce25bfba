package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Edition;
import org.ogireport.testing.Fixtures;
import org.ogireport.json.ReportJson;
import org.ogireport.office.DocumentImporter;

/**
 * Bad inputs of every kind, each through {@code ogi-report check}: the exit code, and on standard
 * error exactly one line {@code ogi-report check: FILE: REASON} (no stack trace) for an unreadable
 * file, while the good file named after it is still checked.
 */
class BadInputTest {

  private static final String VALID = ReportJson.standard().write(Fixtures.zeroForm(Edition.V2021));
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run check(String... files) {
    List<String> args = new ArrayList<>(List.of("check", "--lang", "en"));
    args.addAll(List.of(files));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static Arguments bad(String what, String reason, byte[] content) {
    return Arguments.of(what, content, reason);
  }

  static Stream<Arguments> unreadable() {
    String organ = "\"organ\": \"（机关名称）\"";
    return Stream.of(
        bad("empty file", "1:1: expected a report object, got the end of the input", new byte[0]),
        bad("whitespace only", "3:3: expected a report object, got the end of the input",
            bytes(" \n\t\n  ")),
        bad("a JSON array", "1:1: expected a report object, got an array", bytes("[]")),
        bad("a JSON string", "1:1: expected a report object, got \"report\"", bytes("\"report\"")),
        bad("null", "1:1: expected a report object, got null", bytes("null")),
        bad("an empty object", "1:2: edition: missing field", bytes("{}")),
        bad("truncated JSON", "148:12: applications.outcomes.unableToProvide.notHeld.commercialEnterprise: Unexpected end-of-input: was expecting closing '\"' for name", bytes(VALID.substring(0, VALID.length() / 2))),
        bad("trailing content", "293:1: trailing content after the report: an object", bytes(VALID + "\n{}")),
        bad("binary garbage (a PNG header)", "1:2: Invalid UTF-8 start byte 0x89",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
        bad("NUL bytes", "1:2: Illegal character ((CTRL-CHAR, code 0)): only regular white space", new byte[] {0, 0, 0, 0, 0, 0, 0, 0}),
        bad("invalid UTF-8", "1:18: edition: Invalid UTF-8 middle byte 0x28", concat(bytes("{\"edition\": \"20"), new byte[] {(byte) 0xc3, 0x28})),
        bad("unclosed objects", "1:2: Unexpected character ('{' (code 123)): was expecting double-quote",
            bytes("{".repeat(100_000))),
        bad("deep nesting", "1:1: expected a report object, got an array", bytes("[".repeat(100_000))),
        bad("a duplicate key", "3:34: organ: duplicate field", bytes(VALID.replace(organ, organ + ", " + organ))),
        bad("a year beyond int", "4:11: year: expected a year such as 2021, got 99999999999", bytes(VALID.replace("\"year\": 2021", "\"year\": 99999999999"))),
        bad("a count beyond long", "34:24: applications.newReceived.naturalPerson: number out of range for a count (a long): 9223372036854775808", bytes(VALID.replaceFirst(
            "\"naturalPerson\": 0", "\"naturalPerson\": 9223372036854775808"))),
        bad("a count with a fraction", "34:24: applications.newReceived.naturalPerson: expected a whole number, null or \"/\", got 1e2", bytes(VALID.replaceFirst(
            "\"naturalPerson\": 0", "\"naturalPerson\": 1e2"))),
        bad("money with a huge exponent", "27:18: proactiveDisclosure.fees.amount.value: money out of range: at most 20 digits before the decimal point and 10 after it, got 1e999999999", bytes(VALID.replace(
            "\"value\": 0", "\"value\": 1e999999999"))),
        bad("money with a tiny exponent", "27:18: proactiveDisclosure.fees.amount.value: money out of range: at most 20 digits before the decimal point and 10 after it, got 1e-999999999", bytes(VALID.replace(
            "\"value\": 0", "\"value\": 1e-999999999"))),
        bad("a number longer than the limit", "34:24: applications.newReceived.naturalPerson: input exceeds a limit: Number value length (65) exceeds the maximum allowed (64", bytes(VALID.replaceFirst(
            "\"naturalPerson\": 0", "\"naturalPerson\": " + "9".repeat(65)))),
        bad("a document beyond 2 MiB", "292:1: input exceeds a limit: Document length (2104000) exceeds the maximum allowed (2097152", bytes(VALID + " ".repeat(2 << 20))),
        bad("an organ beyond the string limit", "3:12: organ: input exceeds a limit: String value length (524289) exceeds the maximum allowed (524288", bytes(VALID.replace(
            "（机关名称）", "机".repeat((512 << 10) + 1)))),
        bad("a control character in a field name", "4:3: ye\\nar: unknown field; expected one of edition, organ", bytes(VALID.replace(
            "\"year\"", "\"ye\\nar\""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void anUnreadableFileGetsOneLineAndTheNextFileIsStillChecked(
      String what, byte[] content, String reason) throws IOException {
    Path bad = Files.write(dir.resolve("bad.json"), content);
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Run run = check(bad.toString(), good.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().startsWith("ogi-report check: " + bad + ":" + reason), run.err());
    assertTrue(run.err().endsWith("\n") && run.err().indexOf('\n') == run.err().length() - 1,
        () -> "exactly one line: " + run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertTrue(run.out().startsWith(good + ": （机关名称） 2021 (2021): 0 errors, 0 warnings"),
        run.out());
  }

  static Stream<Arguments> readable() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    return Stream.of(
        Arguments.of("UTF-8", bytes(VALID)),
        Arguments.of("UTF-8 with a byte order mark", concat(bom, bytes(VALID))),
        Arguments.of("UTF-16 with a byte order mark", VALID.getBytes(StandardCharsets.UTF_16)),
        Arguments.of("UTF-16BE without one", VALID.getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16LE without one", VALID.getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-32BE", VALID.getBytes(UTF_32BE)),
        Arguments.of("UTF-32LE", VALID.getBytes(UTF_32LE)),
        Arguments.of("CRLF line ends", bytes(VALID.replace("\n", "\r\n"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void everyEncodingOfJsonReadsTheSameReport(String what, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve("report.json"), content);
    Run run = check(file.toString());
    assertEquals("", run.err());
    assertEquals(0, run.exit());
    assertEquals(file + ": （机关名称） 2021 (2021): 0 errors, 0 warnings\n", run.out());
    assertEquals(Fixtures.zeroForm(Edition.V2021), ReportJson.standard().read(content));
  }

  @Test
  void aDirectoryAndAMissingFileAreReasonsNotStackTraces() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Run run = check(dir.toString(), dir.resolve("missing.json").toString(), good.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report check: " + dir + ": not a regular file\n"
        + "ogi-report check: " + dir.resolve("missing.json") + ": no such file\n", run.err());
    assertEquals(good + ": （机关名称） 2021 (2021): 0 errors, 0 warnings\n", run.out());
  }

  @Test
  void badLinesOfJsonLinesAreOneLineEachAndTheGoodLinesAreChecked() throws IOException {
    String compact = ReportJson.standard().writeCompact(Fixtures.zeroForm(Edition.V2019));
    byte[] utf16Line = compact.getBytes(StandardCharsets.UTF_16LE);
    byte[] content = concat(concat(bytes(compact + "\n\u0000\n{\n\n" + "x".repeat((2 << 20) + 1)
        + "\n"), utf16Line), bytes("\n" + compact.replace("\"year\":2019", "\"year\":1e3")));
    Path file = Files.write(dir.resolve("reports.jsonl"), content);
    Run run = check(file.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of(
        "ogi-report check: " + file + ":2:2: Illegal character ((CTRL-CHAR, code 0)): only regular "
            + "white space (\\r, \\n, \\t) is allowed between tokens",
        "ogi-report check: " + file + ":3:2: Unexpected end-of-input: expected close marker for "
            + "Object (start marker at [line: 1, column: 1])",
        "ogi-report check: " + file + ":5: line longer than 2097152 bytes",
        "ogi-report check: " + file + ":7:55: year: expected a year such as 2021, got 1e3"),
        List.of(run.err().split("\n")));
    assertEquals(file + ":1: （机关名称） 2019 (2019): 0 errors, 0 warnings\n"
        + file + ":6: （机关名称） 2019 (2019): 0 errors, 0 warnings\n", run.out());
  }

  @Test
  void whyAFileCannotBeReadOrWrittenIsSaidNotOnlyItsName() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Path nowhere = dir.resolve("missing").resolve("report.txt");
    CliRun render = CliRun.of("render", "--format", "text", "-o", nowhere.toString(),
        good.toString());
    assertEquals(2, render.exit());
    assertEquals("ogi-report render: cannot write " + nowhere + ": no such file or directory\n",
        render.err());
    CliRun rank = CliRun.of("rank", "--by", "map=" + nowhere, good.toString());
    assertEquals(2, rank.exit());
    assertTrue(rank.err().startsWith("ogi-report rank: Invalid value for option '--by'"
        + " (year|region|pattern=REGEX|map=FILE): " + nowhere + ": no such file\n"), rank.err());
    // as root every file can be read: the reason an unreadable one gets, from its exception
    assertEquals("permission denied", Inputs.why(new AccessDeniedException(good.toString())));
    assertEquals("Is a directory", Inputs.why(
        new FileSystemException(dir.toString(), null, "Is a directory")));
  }

  @Test
  void anEmptyArgumentIsNamedAsOneNotReadAsTheWorkingDirectory() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Run run = check("", good.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report check: '': an empty argument, not a file name\n", run.err());
    assertEquals(good + ": （机关名称） 2021 (2021): 0 errors, 0 warnings\n", run.out());
  }

  @Test
  void standardInputBeyondTheLimitIsSaidToBeBeyondIt() {
    byte[] text = new byte[(int) DocumentImporter.DEFAULT_MAX_BYTES + 100];
    Arrays.fill(text, (byte) 'x');
    CliRun run = CliRun.withInput(text, "import", "-");
    assertEquals(2, run.exit());
    assertEquals("ogi-report import: <stdin>: input too large: more than 33554432 bytes, the"
        + " limit\n", run.err());
  }

  @Test
  void anEmptyInputIsSaidToBeEmptyByEveryCommand() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Path jsonl = Files.writeString(dir.resolve("reports.jsonl"), "\n \r\n\t\n");
    Path text = Files.writeString(dir.resolve("report.txt"), " \n");
    Run run = check(jsonl.toString(), text.toString(), good.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report check: " + jsonl + ": empty: no report in it\n"
        + "ogi-report check: " + text + ": empty: no text to read a report from\n", run.err());
    assertEquals(good + ": （机关名称） 2021 (2021): 0 errors, 0 warnings\n", run.out());
    CliRun export = CliRun.of("export", "--format", "csv-wide", jsonl.toString());
    assertEquals(2, export.exit());
    assertEquals("ogi-report export: " + jsonl + ": empty: no report in it\n"
        + "ogi-report export: no report read: nothing written\n", export.err());
    CliRun stdin = CliRun.of("check", "-");
    assertEquals(2, stdin.exit());
    assertEquals("ogi-report check: <stdin>: empty: no text to read a report from\n", stdin.err());
  }

  @Test
  void aFileNamedWithALineBreakStillGetsOneLine() throws IOException {
    Path good = Files.writeString(dir.resolve("good.json"), VALID);
    Path missing = dir.resolve("missing\nreport.json");
    Run run = check(missing.toString(), good.toString());
    assertEquals(2, run.exit());
    assertEquals("ogi-report check: " + dir + "/missing\\nreport.json: no such file\n", run.err());
  }
}
