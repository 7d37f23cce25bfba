package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private static final String SEEDS = "../testing/src/main/resources/org/ogireport/testing/published/seeds/";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    ImportCommand command = new ImportCommand(r -> r.getOrgan() + "|" + r.getYear());
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsOneLinePerReportAndDiagnosticsWithFileAndLine() {
    int exit = run(SEEDS + "000_b780817e18a3daa1.txt", SEEDS + "002_48a57cdf3499fdc3.txt");
    assertEquals(0, exit);
    assertEquals("重庆市合川区信访办|2019\n固原市信访局|2019\n", out.toString(StandardCharsets.UTF_8));
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(3, lines.length);
    assertEquals(SEEDS + "002_48a57cdf3499fdc3.txt:78: warning EXTRA_NUMBER row '行政复议、行政诉讼' "
        + "has 15 cells but prints 16 values: extra '0' ignored", lines[2]);
  }

  @Test
  void unreadableFileGivesExit2AndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "某某局2020年政府信息公开工作年度报告\n一、总体情况\n无\n");
    int exit = run(empty.toString(), dir.resolve("missing.txt").toString(),
        SEEDS + "004_769736e4f7e1b172.txt");
    assertEquals(2, exit);
    assertEquals("巫溪县信访办公室|2022\n", out.toString(StandardCharsets.UTF_8));
    List<String> lines = List.of(err.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(empty + ": no table 三 (收到和处理政府信息公开申请情况) found", lines.get(0));
    assertEquals(dir.resolve("missing.txt") + ": cannot read: " + dir.resolve("missing.txt"),
        lines.get(1));
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertEquals(2, run());
  }
}
