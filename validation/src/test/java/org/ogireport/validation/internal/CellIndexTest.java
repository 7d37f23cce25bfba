package org.ogireport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.ReportField;

/** The validators' index tables point at the cells the layouts name. */
class CellIndexTest {

  @Test
  void rowAndColumnIndicesAreTheLayoutsSlots() {
    for (Edition edition : Edition.values()) {
      TableLayout<ApplicationRow, Applicant> layout = TableLayout.applications(edition);
      for (ApplicationRow row : layout.getRows()) {
        int[] expected = Applicant.parts().stream()
            .mapToInt(c -> layout.getSlot(row, c).getIndex()).toArray();
        assertArrayEquals(expected, CellIndex.ofRow(layout, row, Applicant.parts()), row.name());
        assertEquals(layout.getSlot(row, Applicant.TOTAL).getIndex(),
            CellIndex.of(layout, row, Applicant.TOTAL));
      }
      for (Applicant column : Applicant.values()) {
        List<ApplicationRow> outcomes = ApplicationRow.outcomes(edition);
        int[] expected = outcomes.stream()
            .mapToInt(r -> layout.getSlot(r, column).getIndex()).toArray();
        assertArrayEquals(expected, CellIndex.ofColumn(layout, outcomes, column), column.name());
      }
    }
    TableLayout<CaseBlock, CaseResult> cases = TableLayout.reviewAndLitigation();
    assertArrayEquals(new int[] {10, 11, 12, 13},
        CellIndex.ofRow(cases, CaseBlock.LITIGATION_AFTER_REVIEW, CaseResult.parts()));
    assertArrayEquals(new int[] {4, 9, 14},
        CellIndex.ofColumn(cases, List.of(CaseBlock.values()), CaseResult.TOTAL));
  }

  @Test
  void aPlaceNamesItsCellAsPrintedAndAYearItsYear() {
    CellSlot<CaseBlock, CaseResult> review =
        TableLayout.reviewAndLitigation().getSlot(CaseBlock.REVIEW, CaseResult.TOTAL);
    assertEquals("表四 行政复议·总计", CellNames.of(Location.of(review)));
    assertEquals("2024年 表四 行政复议·总计", CellNames.of(Location.of(review).inYear(2024)));
    assertEquals("报告年度", CellNames.of(Location.of(ReportField.YEAR)));
    assertEquals("格式版本", CellNames.of(Location.of(ReportField.EDITION)));
    assertEquals("一、总体情况", CellNames.of(Location.of(ReportField.OVERVIEW)));
    assertEquals("applications", CellNames.of(Location.of(ReportField.APPLICATIONS)));
    assertEquals("no.such.path", CellNames.of(Location.ofPath("no.such.path")));
  }
}
