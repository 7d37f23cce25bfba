package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogireport.json.StrictErrorsTest.BASE;
import static org.ogireport.json.StrictErrorsTest.replaceFirst;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.FixtureFiles;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.core.diagnostic.Severity;

class LenientReadTest {

  private final ReportJson json = ReportJson.standard();

  @Test
  void cleanInputGivesTheStrictReportAndNoProblem() {
    ReadResult result = json.readLenient(FixtureFiles.text("realworld/hongze-2024"));
    assertTrue(result.isClean());
    assertEquals(json.read(FixtureFiles.text("realworld/hongze-2024")), result.getReport());
  }

  @Test
  void eachProblemIsWorkedAroundAndListedInDocumentOrder() {
    String input = replaceFirst(BASE, "\"issued\": 0", "\"issued\": \"3\"");
    input = replaceFirst(input, "  \"year\": 2022,", "  \"year\": 2022,\n  \"note\": {\"a\": 1},");
    input = replaceFirst(input, "      \"upheld\": 0,\n", "");
    input = replaceFirst(input, "\"repealed\": 0", "\"repealed\": 4,\n      \"repealed\": 5");

    ReadResult result = json.readLenient(input);

    assertEquals(List.of(
        "warning JSON_UNKNOWN_FIELD <string>:5:3: note: unknown field; expected one of edition, "
            + "organ, year, publishedOn, sections, proactiveDisclosure, applications, "
            + "reviewAndLitigation; ignored",
        "error JSON_BAD_VALUE <string>:8:17: proactiveDisclosure.rules.issued: expected a whole "
            + "number, null or \"/\", got \"3\"; read as blank",
        "warning JSON_DUPLICATE <string>:10:7: proactiveDisclosure.rules.repealed: duplicate field; "
            + "the later value ignored",
        "error JSON_MISSING <string>:277:5: reviewAndLitigation.review.upheld: missing cell; read "
            + "as blank"),
        result.getDiagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals(List.of("未知字段；应为以下之一：edition, organ, year, publishedOn, sections, "
            + "proactiveDisclosure, applications, reviewAndLitigation；已忽略",
        "应为整数、null 或 \"/\"，实为 \"3\"；按空白读取", "字段重复；后出现的值已忽略",
        "缺少单元格；按空白读取"),
        result.getDiagnostics().stream().map(d -> d.getMessage(Locale.SIMPLIFIED_CHINESE)).toList());
    assertTrue(result.hasErrors());
    Location issued = result.getDiagnostics().get(1).getLocation();
    assertEquals(Optional.of(TableLayout.proactiveDisclosure2021()
        .getSlot(Disclosure2021Row.RULES, Disclosure2021Column.ISSUED)), issued.getCell());
    assertEquals(Optional.of("<string>"), issued.getSource());
    Location note = result.getDiagnostics().get(0).getLocation();
    assertEquals(Optional.empty(), note.getCell());
    assertEquals(Optional.empty(), note.getField());
    ProactiveDisclosure2021 t = (ProactiveDisclosure2021) result.getReport().getProactiveDisclosure();
    assertEquals(Count.blank(), t.getCount(Disclosure2021Row.RULES, Disclosure2021Column.ISSUED));
    assertEquals(Count.of(4), t.getCount(Disclosure2021Row.RULES, Disclosure2021Column.REPEALED));
    assertEquals(Count.blank(),
        result.getReport().getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.UPHELD));
    assertEquals(Count.ZERO,
        result.getReport().getReviewAndLitigation().getCount(CaseBlock.REVIEW, CaseResult.CORRECTED));
  }

  @Test
  void aMissingTableIsOneProblemAndBlankCells() {
    String input = BASE.substring(0, BASE.indexOf(",\n  \"reviewAndLitigation\"")) + "\n}";
    ReadResult result = json.readLenient(input);
    Diagnostic missing = result.getDiagnostics().get(0);
    assertEquals(1, result.getDiagnostics().size());
    assertEquals(Location.of(ReportField.REVIEW_AND_LITIGATION)
        .at("<string>", input.split("\n").length, 1), missing.getLocation());
    assertEquals("JSON_MISSING", missing.getCode());
    assertEquals(Severity.ERROR, missing.getSeverity());
    assertEquals("missing table; every cell read as blank", missing.getMessage(Locale.ENGLISH));
    assertEquals("缺少表格；全表各单元格按空白读取", missing.getMessage(Locale.CHINA));
    assertTrue(result.getReport().getReviewAndLitigation().getCells().stream()
        .allMatch(c -> c.equals(Count.blank())));
  }

  @Test
  void aRowThatIsNoObjectIsLocatedAtTheRowAndItsCellsAtTheCells() {
    String input = replaceFirst(BASE, "\"rules\": {\n      \"issued\": 0,\n      \"repealed\": 0,\n"
        + "      \"inForce\": 0\n    }", "\"rules\": [1]");
    List<Diagnostic> found = json.readLenient(input).getDiagnostics();
    assertEquals("expected an object, got an array; its cells read as blank",
        found.get(0).getMessage(Locale.ENGLISH));
    assertEquals("应为对象，实为 数组；其中各单元格按空白读取", found.get(0).getMessage(Locale.CHINA));
    assertEquals(Optional.of(Disclosure2021Row.RULES), found.get(0).getLocation().getRow());
    assertEquals(Optional.empty(), found.get(0).getLocation().getCell());
    assertEquals(List.of(Disclosure2021Column.ISSUED, Disclosure2021Column.REPEALED,
        Disclosure2021Column.IN_FORCE), found.subList(1, 4).stream()
        .map(d -> d.getLocation().getCell().orElseThrow().getColumn()).toList());
    assertEquals(4, found.size());
  }

  @Test
  void aBadDateAndABadUnitAreDroppedWithAProblem() {
    String input = replaceFirst(BASE, "  \"year\": 2022,", "  \"year\": 2022,\n  \"publishedOn\": \"2023-02-30\",");
    input = replaceFirst(input, "\"unit\": \"万元\"", "\"unit\": \"美元\"");
    ReadResult result = json.readLenient(input);
    assertEquals(List.of(
        "error JSON_BAD_VALUE <string>:5:18: publishedOn: expected an ISO date such as "
            + "\"2020-01-22\", got \"2023-02-30\"; ignored",
        "error JSON_BAD_VALUE <string>:29:17: proactiveDisclosure.fees.amount.unit: unknown money "
            + "unit '美元': expected 元 or 万元; read as unknown"),
        result.getDiagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals(Optional.of(ReportField.PUBLISHED_ON),
        result.getDiagnostics().get(0).getLocation().getField());
    assertEquals("未知的金额单位“美元”：应为 元 或 万元；单位按未知读取",
        result.getDiagnostics().get(1).getMessage(Locale.CHINA));
    AnnualReport r = result.getReport();
    assertEquals(Optional.empty(), r.getPublishedOn());
    assertEquals(Optional.empty(), ((ProactiveDisclosure2021) r.getProactiveDisclosure())
        .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT).getUnit());
  }

  @Test
  void halfASurrogatePairIsAnErrorAndTheTextIsKeptAsRead() {
    String input = replaceFirst(BASE, "\"巫溪县信访办公室\"", "\"巫溪县\\ud800信访办公室\"");
    input = replaceFirst(input, "  \"year\": 2022,",
        "  \"year\": 2022,\n  \"sections\": {\"problems\": \"一是\\udc00\", \"overview\": \"𠀀\"},");
    ReadResult result = json.readLenient(input);
    assertEquals(List.of(
        "error JSON_BAD_VALUE <string>:3:12: organ: \\ud800 at character 4 is half of a surrogate "
            + "pair, no character: mangled text; kept as read",
        "error JSON_BAD_VALUE <string>:5:28: sections.problems: \\udc00 at character 3 is half of a "
            + "surrogate pair, no character: mangled text; kept as read"),
        result.getDiagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals("第 4 个字符 \\ud800 是半个代理对，不是字符：文本已损坏；按原样保留",
        result.getDiagnostics().get(0).getMessage(Locale.CHINA));
    assertEquals("巫溪县\ud800信访办公室", result.getReport().getOrgan());
    assertEquals(Optional.of("一是\udc00"), result.getReport().getSections().getProblems());
    assertEquals(Optional.of("𠀀"), result.getReport().getSections().getOverview());
  }

  @Test
  void withoutAnEditionThereIsNoReportEvenLeniently() {
    String input = replaceFirst(BASE, "\"2021\"", "2021");
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> json.readLenient(input));
    assertEquals("<string>:2:14: edition: expected \"2019\" or \"2021\", got 2021", e.getMessage());
  }

  @Test
  void aMoneyObjectOutOfOrderReportsItsDuplicatesAndUnknownsAsInOrder() {
    String zeros = json.writeCompact(AnnualReport.blank(Edition.V2021, "（机关名称）", 2021));
    ReadResult result = json.readLenient(zeros.replace(
        "\"amount\":{\"value\":0,\"unit\":\"万元\"}",
        "\"amount\":{\"unit\":\"元\",\"cents\":1,\"cents\":2,\"value\":5.5,\"unit\":null}"));
    assertEquals(List.of(
        "proactiveDisclosure.fees.amount.cents: unknown field; expected one of value, unit; ignored",
        "proactiveDisclosure.fees.amount.cents: duplicate field; the later value ignored",
        "proactiveDisclosure.fees.amount.unit: duplicate field; the later value ignored"),
        result.getDiagnostics().stream()
            .map(d -> d.getLocation().getPath() + ": " + d.getMessage(Locale.ENGLISH)).toList());
    assertEquals(Amount.of(new BigDecimal("5.5"), MoneyUnit.YUAN),
        ((ProactiveDisclosure2021) result.getReport().getProactiveDisclosure())
            .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT));
  }
}
