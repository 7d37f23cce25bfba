package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.json.JsonLinesWriter;
import org.ogireport.json.ReportJson;
import org.ogireport.testing.ReportGenerator;

/**
 * 100,000 reports (50,000 organs × 2 years) streamed as JSON Lines into a JVM of their own with
 * {@code -Xmx256m} that ranks them: the collector keeps only the indicator values. Not timed; the
 * child prints its time and peak heap, which this test prints.
 */
class RankJsonLinesTest {

  private static final int ORGANS = 50_000;

  @Test
  void oneHundredThousandReportsFromJsonLinesRankInA256MegabyteHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), RankJsonLinesMain.class.getName())
        .redirectErrorStream(true)
        .start();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    long handled = 0;
    ReportGenerator generator = new ReportGenerator(100_000L);
    try (OutputStream in = new BufferedOutputStream(child.getOutputStream(), 1 << 16);
        JsonLinesWriter lines = ReportJson.standard().lineWriter(in)) {
      for (int year = 2023; year <= 2024; year++) {
        for (int k = 0; k < ORGANS; k++) {
          AnnualReport report = RankGeneratedTest.report(generator, "第" + k + "局", year);
          lines.write(report);
          // （七）总计 by the balance 一 + 二 − 四, which generated reports keep
          for (Applicant column : Applicant.parts()) {
            for (ApplicationRow row : List.of(ApplicationRow.NEW_RECEIVED, ApplicationRow.CARRIED_OVER)) {
              handled += report.getApplications().getCount(row, column).orZero();
            }
            handled -= report.getApplications()
                .getCount(ApplicationRow.CARRIED_FORWARD, column).orZero();
          }
        }
      }
    }
    int exit = child.waitFor();
    String out = output.get();
    System.out.println("RankJsonLinesMain: " + out.strip());
    assertEquals(0, exit, out);
    Matcher m = Pattern.compile("reports=(\\d+) groups=\\[2023, 2024\\] handled=(\\d+) csvChars=(\\d+)"
        + " maxHeapMB=(\\d+) peakHeapMB=(\\d+)").matcher(out);
    assertTrue(m.find(), out);
    assertEquals(2 * ORGANS, Integer.parseInt(m.group(1)));
    assertEquals(handled, Long.parseLong(m.group(2)));
    assertTrue(Long.parseLong(m.group(3)) > 100L * 2 * ORGANS, out);
    assertTrue(Integer.parseInt(m.group(4)) <= 256, out);
  }
}
