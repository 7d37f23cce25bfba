package org.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.json.format.Fixtures;
import org.ogireport.json.format.RandomReports;
import org.ogireport.json.format.ReportPojos;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReportFormatException;

/**
 * The reader guesses each next key from the order the writer emits; these pin that the guess is
 * only a shortcut: any key order, with the edition first or last, reads the same report, and
 * keys out of order are checked for duplicates and unknowns as in order.
 */
class KeyOrderTest {

  private static final ReportJson JSON = ReportJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  static List<String> fixtures() {
    return Fixtures.all();
  }

  /** A copy with the keys of every object in reverse order, so the edition comes last. */
  private static JsonNode reversed(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    node.fields().forEachRemaining(fields::add);
    Collections.reverse(fields);
    ObjectNode copy = TREE.createObjectNode();
    for (Map.Entry<String, JsonNode> field : fields) {
      copy.set(field.getKey(), reversed(field.getValue()));
    }
    return copy;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyObjectWithItsKeysReversedReadsTheSameReport(String fixture) throws Exception {
    AnnualReport report = JSON.read(Fixtures.text(fixture));
    String written = JSON.writeCompact(report);
    String backwards = TREE.writeValueAsString(reversed(TREE.readTree(written)));
    assertNotEquals(written, backwards);
    assertEquals(report, JSON.read(backwards));
    assertEquals(report, JSON.read(backwards.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aMoneyObjectOutOfOrderReportsItsDuplicatesAndUnknownsAsInOrder() {
    String zeros = JSON.writeCompact(zeroForm());
    ReadResult result = JSON.readLenient(zeros.replace(
        "\"amount\":{\"value\":0,\"unit\":\"万元\"}",
        "\"amount\":{\"unit\":\"元\",\"cents\":1,\"cents\":2,\"value\":5.5,\"unit\":null}"));
    assertEquals(List.of(
        "proactiveDisclosure.fees.amount.cents: unknown field; expected one of value, unit; ignored",
        "proactiveDisclosure.fees.amount.cents: duplicate field; the later value ignored",
        "proactiveDisclosure.fees.amount.unit: duplicate field; the later value ignored"),
        result.getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList());
    assertEquals(Amount.of(new BigDecimal("5.5"), MoneyUnit.YUAN),
        ((Report2021) result.getReport()).getProactiveDisclosure()
            .getAmount(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT));
  }

  @Test
  void aCellRepeatedAfterItsSuccessorIsADuplicateAtItsOwnPosition() {
    String zeros = JSON.writeCompact(zeroForm());
    String input = zeros.replace("\"reviewAndLitigation\":{\"review\":{\"upheld\":0,",
        "\"reviewAndLitigation\":{\"review\":{\"upheld\":0,\"corrected\":0,\"upheld\":7,");
    assertNotEquals(zeros, input);
    int column = input.indexOf("\"upheld\":7") + 1;
    ReportFormatException e = assertThrows(ReportFormatException.class, () -> JSON.read(input));
    assertEquals("duplicate field", e.getReason());
    assertEquals("reviewAndLitigation.review.upheld", e.getPath());
    assertEquals(1, e.getLine());
    assertEquals(column, e.getColumn());
  }

  private static AnnualReport zeroForm() {
    return AnnualReport.blank(Edition.V2021, "（机关名称）", 2021);
  }
}
