package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogireport.json.StrictErrorsTest.BASE;
import static org.ogireport.json.StrictErrorsTest.replaceFirst;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.Fixtures;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.ReportFormatException;

class LenientReadTest {

  private final ReportJson json = ReportJson.standard();

  @Test
  void cleanInputGivesTheStrictReportAndNoProblem() {
    ReadResult result = json.readLenient(Fixtures.text("realworld/hongze-2024"));
    assertTrue(result.isClean());
    assertEquals(json.read(Fixtures.text("realworld/hongze-2024")), result.getReport());
  }

  @Test
  void eachProblemIsWorkedAroundAndListedInDocumentOrder() {
    String input = replaceFirst(BASE, "\"issued\": 0", "\"issued\": \"3\"");
    input = replaceFirst(input, "  \"year\": 2022,", "  \"year\": 2022,\n  \"note\": {\"a\": 1},");
    input = replaceFirst(input, "      \"upheld\": 0,\n", "");
    input = replaceFirst(input, "\"repealed\": 0", "\"repealed\": 4,\n      \"repealed\": 5");

    ReadResult result = json.readLenient(input);

    assertEquals(List.of(
        new JsonProblem("note", 5, 3, "unknown field; expected one of edition, organ, year, "
            + "publishedOn, sections, proactiveDisclosure, applications, reviewAndLitigation; ignored"),
        new JsonProblem("proactiveDisclosure.rules.issued", 8, 17,
            "expected a whole number, null or \"/\", got \"3\"; read as blank"),
        new JsonProblem("proactiveDisclosure.rules.repealed", 10, 7,
            "duplicate field; the later value ignored"),
        new JsonProblem("reviewAndLitigation.review.upheld", 277, 5, "missing cell; read as blank")),
        result.getProblems());
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
    assertEquals(List.of(new JsonProblem("reviewAndLitigation", input.split("\n").length, 1,
        "missing table; every cell read as blank")), result.getProblems());
    assertTrue(result.getReport().getReviewAndLitigation().getCells().stream()
        .allMatch(c -> c.equals(Count.blank())));
  }

  @Test
  void aBadDateAndABadUnitAreDroppedWithAProblem() {
    String input = replaceFirst(BASE, "  \"year\": 2022,", "  \"year\": 2022,\n  \"publishedOn\": \"2023-02-30\",");
    input = replaceFirst(input, "\"unit\": \"万元\"", "\"unit\": \"美元\"");
    ReadResult result = json.readLenient(input);
    assertEquals(List.of(
        new JsonProblem("publishedOn", 5, 18,
            "expected an ISO date such as \"2020-01-22\", got \"2023-02-30\"; ignored"),
        new JsonProblem("proactiveDisclosure.fees.amount.unit", 29, 17,
            "unknown money unit '美元': expected 元 or 万元; read as unknown")),
        result.getProblems());
    AnnualReport r = result.getReport();
    assertEquals(Optional.empty(), r.getPublishedOn());
    assertEquals(Optional.empty(), ((ProactiveDisclosure2021) r.getProactiveDisclosure())
        .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT).getUnit());
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
        result.getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
    assertEquals(Amount.of(new BigDecimal("5.5"), MoneyUnit.YUAN),
        ((ProactiveDisclosure2021) result.getReport().getProactiveDisclosure())
            .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT));
  }
}
