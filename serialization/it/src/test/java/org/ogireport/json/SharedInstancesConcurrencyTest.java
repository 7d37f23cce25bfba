package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.testing.ReportGenerator;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.ValidationResult;

/**
 * One {@link ReportValidator} and one {@link ReportJson} (with its mapper) shared by eight threads
 * give, report for report, the same JSON, the same reports read back and the same findings with
 * the same messages in both languages as one thread does.
 */
class SharedInstancesConcurrencyTest {

  private static final String[] RULES = {
    "APP-ROW-TOTAL", "APP-OUTCOME-TOTAL", "APP-BALANCE", "LIT-TOTAL", "CELL-NEGATIVE",
    "A20-PUBLISHED", "A20-ISSUED", "A20-PROJECTS", "EDITION-YEAR", "YEAR-RANGE"
  };

  private final ReportJson json = ReportJson.standard();
  private final ReportValidator validator = ReportValidator.builder()
      .clock(Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))
      .build();

  /** Everything one report gives: its JSON, the lenient problems of a damaged copy, findings. */
  private String outcome(AnnualReport report, int i) {
    String written = json.write(report);
    AnnualReport read = json.read(written);
    ReadResult lenient = json.readLenient(written.replaceFirst("\"total\": \\d+", "\"total\": \"x\""));
    ValidationResult result = validator.validate(read);
    Locale locale = i % 2 == 0 ? Locale.CHINA : Locale.ENGLISH;
    StringBuilder sb = new StringBuilder(json.writeCompact(read)).append('\n');
    lenient.getDiagnostics()
        .forEach(p -> sb.append(p).append(' ').append(p.getMessage(locale)).append('\n'));
    for (Diagnostic v : result) {
      sb.append(v.getCode()).append(' ').append(v.getLocation()).append(' ')
          .append(v.getSides().map(Object::toString).orElse("")).append(' ')
          .append(v.getMessage(locale)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    ReportGenerator generator = new ReportGenerator(2024L).withBlanks(true);
    List<AnnualReport> reports = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      reports.add(i % 3 == 0 ? generator.breaking(RULES[i % RULES.length]).report() : generator.next());
    }
    List<String> single = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      single.add(outcome(reports.get(i), i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        int index = i;
        Callable<String> task = () -> {
          start.await();
          return outcome(reports.get(index), index);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(single.get(i), futures.get(i).get(), "report " + i);
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
    assertTrue(single.stream().filter(s -> s.contains("APP-BALANCE")).count() > 20,
        "the reports break rules, so findings are compared too");
  }
}
