package org.ogireport.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2021;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.json.ReportJson;
import org.ogireport.validation.ReportValidator;

/** The README's smallest example, run as written, with the output the README shows. */
class ReadmeExampleTest {

  @Test
  void theReadmeExamplePrintsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    // --- README example: begin
    Report2021 report = Report2021.builder()
        .organ("某县人民政府办公室")
        .year(2023)
        .applications(Applications.builder(Edition.V2021)
            //                                        自然人 商业企业 科研机构 社会公益 法律服务 其他 总计
            .setRow(ApplicationRow.NEW_RECEIVED,        12,    2,      0,      0,      1,     0,   15)
            .setRow(ApplicationRow.GRANTED,              7,    1,      0,      0,      1,     0,    9)
            .setRow(ApplicationRow.UNABLE_NOT_HELD,      3,    1,      0,      0,      0,     0,    4)
            .setRow(ApplicationRow.OUTCOME_TOTAL,       10,    2,      0,      0,      1,     0,   13)
            .setRow(ApplicationRow.CARRIED_FORWARD,      1,    0,      0,      0,      0,     0,    1)
            .build())
        .build();

    ReportValidator validator = ReportValidator.create();          // build once, share
    for (Diagnostic d : validator.validate(report)) {
      out.println(d.getSeverity() + " " + d.getCode() + " " + d.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    ReportJson json = ReportJson.standard();                       // build once, share
    String text = json.write(report);                              // the documented JSON format
    AnnualReport back = json.read(text);                           // strict: every cell, no extras
    out.println(back.equals(report));
    // --- README example: end

    assertEquals(
        "error APP-BALANCE 表三 四、结转下年度继续办理·自然人：一（本年新收）加二（上年结转）为 12，三（七）总计加四（结转下年度继续办理）为 11（相差 1）\n"
            + "error APP-BALANCE 表三 四、结转下年度继续办理·总计：一（本年新收）加二（上年结转）为 15，三（七）总计加四（结转下年度继续办理）为 14（相差 1）\n"
            + "true\n",
        bytes.toString(StandardCharsets.UTF_8));
  }
}
