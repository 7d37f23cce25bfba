package org.ogireport.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Table;
import org.ogireport.core.analysis.Aggregate;
import org.ogireport.testing.Fixtures;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.validation.ReportValidator;
import org.ogireport.validation.ValidationResult;

/**
 * What the printed numbers of the real reports really have, stated report by report, and what
 * summing them (a county's summary of its departments) keeps.
 */
class FixtureFindingsTest {

  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static List<String> findings(AnnualReport report) {
    List<String> found = new ArrayList<>();
    for (Diagnostic v : VALIDATOR.validate(report)) {
      found.add(v.getCode() + " " + v.getLocation().getPath());
    }
    return found;
  }

  private static List<String> cellMissing(String row) {
    List<String> found = new ArrayList<>();
    for (String column : List.of("naturalPerson", "commercialEnterprise", "researchInstitution",
        "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total")) {
      found.add("CELL-MISSING applications.outcomes.otherHandling." + row + "." + column);
    }
    return found;
  }

  @Test
  void theFiveSeedsAddUpAsPrinted() {
    // all five print consistent tables: every total, the balance and table 四 add up, no blank
    for (Map.Entry<String, AnnualReport> seed : Fixtures.seeds().entrySet()) {
      assertEquals(List.of(), findings(seed.getValue()), seed.getKey());
    }
  }

  @Test
  void hongze2023PrintsTableFourTotalsOfZeroAndLeavesTwoOtherHandlingRowsBlank() {
    List<String> expected = new ArrayList<>();
    expected.addAll(cellMissing("noCorrection"));
    expected.addAll(cellMissing("unpaidFee"));
    expected.add("LIT-TOTAL reviewAndLitigation.review.total");                 // 0 vs 10 + 1
    expected.add("LIT-TOTAL reviewAndLitigation.litigationAfterReview.total");  // 0 vs 5
    assertEquals(expected, findings(Fixtures.realWorld("hongze-2023")));
  }

  @Test
  void hongze2024LeavesTwoOtherHandlingRowsBlankAndHuaian2024IsClean() {
    List<String> expected = new ArrayList<>(cellMissing("noCorrection"));
    expected.addAll(cellMissing("unpaidFee"));
    assertEquals(expected, findings(Fixtures.realWorld("hongze-2024")));
    assertEquals(List.of(), findings(Fixtures.realWorld("huaian-2024")));
  }

  @Test
  void aggregatingTheSeedsByEditionAndYearSumsEveryCellAndKeepsTheRules() {
    Map<String, List<AnnualReport>> groups = new LinkedHashMap<>();
    for (AnnualReport seed : Fixtures.seeds().values()) {
      groups.computeIfAbsent(seed.getEdition().getCode() + "/" + seed.getYear(),
          k -> new ArrayList<>()).add(seed);
    }
    groups.computeIfAbsent("2021/2024", k -> new ArrayList<>())
        .addAll(List.of(Fixtures.realWorld("hongze-2024"), Fixtures.realWorld("huaian-2024")));
    assertEquals(new TreeSet<>(List.of("2019/2019", "2019/2020", "2021/2022", "2021/2024")),
        new TreeSet<>(groups.keySet()));
    assertEquals(3, groups.get("2019/2019").size());

    for (Map.Entry<String, List<AnnualReport>> group : groups.entrySet()) {
      List<AnnualReport> inputs = group.getValue();
      Aggregate aggregate = Aggregate.of("汇总", inputs);
      AnnualReport sum = aggregate.getReport();
      assertEquals(inputs.size(), aggregate.getContributors().size());
      for (int t = 0; t < sum.getTables().size(); t++) {
        Table<?, ?> table = sum.getTables().get(t);
        for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
          BigDecimal expected = BigDecimal.ZERO;
          boolean anyNumber = false;
          for (AnnualReport input : inputs) {
            Cell cell = input.getTables().get(t).getCells().get(slot.getIndex());
            anyNumber |= cell.isNumber();
            expected = expected.add(cell.toDecimalOrZero());
          }
          Cell actual = table.getCells().get(slot.getIndex());
          assertEquals(anyNumber, actual.isNumber(), group.getKey() + " " + slot.getPath());
          if (anyNumber && !slot.getKind().isMoney()) {
            assertEquals(0, expected.compareTo(actual.toDecimalOrZero()),
                group.getKey() + " " + slot.getPath());
          }
        }
      }
      ValidationResult result = VALIDATOR.validate(sum);
      boolean inputsValid = inputs.stream().allMatch(r -> VALIDATOR.validate(r).isValid());
      assertTrue(inputsValid, group.getKey());
      assertTrue(result.isValid(), group.getKey() + ": " + result.getErrors());
    }
  }
}
