package org.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an input holds is decided from its first bytes, and from its name only where they leave it open. */
class InputsTest {

  @ParameterizedTest(name = "{0} holding {1}")
  @CsvSource(delimiter = '|', value = {
      "out.json    | {\"a\":1}\\n{\"a\":2}\\n        | JSON_LINES",
      "out         | {\"a\":1}\\n{\"a\":2}            | JSON_LINES",
      "-           | \\uFEFF{\"a\":1}  \\r\\n{\"a\":2} | JSON_LINES",
      "out.jsonl   | {\\n  \"a\": 1\\n}              | JSON_LINES",
      "out.json    | {\\n  \"a\": 1\\n}\\n{}         | REPORT_JSON",
      "out.json    | {\"a\":1}\\n\\n                 | REPORT_JSON",
      "out.txt     | {\"a\":1}                      | REPORT_JSON",
      "out.json    | []                             | REPORT_JSON",
      "out.json    | 某某局2020年政府信息公开工作年度报告    | REPORT_JSON",
      "report.txt  | 某某局2020年政府信息公开工作年度报告    | PUBLISHED",
      "-           | <html><body>                   | PUBLISHED",
      "report.html | ''                             | PUBLISHED"})
  void theKindOfAnInput(String name, String content, Inputs.Kind kind) {
    byte[] head = content.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(kind, Inputs.Kind.detect(name, head, head.length));
  }
}
