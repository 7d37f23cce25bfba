package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applications;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.ImmutableReport2019;
import org.ogireport.core.ImmutableReport2021;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.testing.ReportGenerator;

/**
 * A property of the rule catalogue, over random valid reports of both editions: changing any one
 * cell, by any amount, to blank, to a marker, to a negative or to a huge number, makes exactly the
 * rules that read that cell fire (when their formula now fails), each on the cell SCHEMA.md names,
 * plus {@code CELL-MISSING} on a blank or marker and {@code CELL-NEGATIVE} on a negative count or
 * amount other than 本年增/减. The expected findings are derived here from SCHEMA.md's catalogue by
 * JSON path, independently of the validators; validation never throws. The heuristic warnings
 * outside SCHEMA.md's catalogue ({@code NARR-*}, {@code OTHER-HANDLING-SHARE}, ...) do not run.
 */
class CellChangePropertyTest {

  /** The validator of the form's catalogue (the heuristics of the narrative group do not run). */
  private static final ReportValidator VALIDATOR = ReportValidator.builder()
      .clock(Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))
      .build();

  /** The kinds of change, applied to every cell in turn. */
  private enum Change { UP, DOWN, BLANK, MARKER, NEGATIVE, HUGE, MIN, ANY }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneChangedCellFiresExactlyTheRulesThatReadIt(long seed) {
    Random random = new Random(seed);
    AnnualReport report = new ReportGenerator(seed)
        .next(seed % 2 == 0 ? Edition.V2019 : Edition.V2021);
    assertEquals(Set.of(), found(report), "the generated report is valid");
    int index = 0;
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        Change change = Change.values()[(int) ((index++ + seed) % Change.values().length)];
        Cell before = table.getCells().get(slot.getIndex());
        Cell after = changed(before, change, random);
        AnnualReport changed = with(report, table, slot, after);
        assertEquals(expected(changed, slot.getPath(), before, after), found(changed),
            () -> slot.getPath() + ": " + before + " -> " + after);
      }
    }
  }

  private static Set<String> found(AnnualReport report) {
    Set<String> found = new TreeSet<>();
    for (Diagnostic v : VALIDATOR.validate(report)) {
      found.add(v.getCode() + " " + v.getLocation().getPath());
    }
    return found;
  }

  // ---- the catalogue of SCHEMA.md, by JSON path

  private static final Set<String> BALANCE_ROWS =
      Set.of("newReceived", "carriedOver", "outcomes.total", "carriedForward");
  private static final Set<String> ITEM_1_ROWS = Set.of("rules", "normativeDocuments");

  private static Set<String> expected(AnnualReport report, String path, Cell before, Cell after) {
    Map<String, Cell> cells = cellsByPath(report);
    String table = path.substring(0, path.indexOf('.'));
    String row = path.substring(table.length() + 1, path.lastIndexOf('.'));
    String column = path.substring(path.lastIndexOf('.') + 1);
    boolean sumChanged = value(before).compareTo(value(after)) != 0;
    Set<String> expected = new TreeSet<>();
    if (!after.isNumber()) {
      expected.add("CELL-MISSING " + path);
    }
    if (after.isNegative() && !column.equals("change")) {
      expected.add("CELL-NEGATIVE " + path);
    }
    switch (table) {
      case "applications" -> {
        if (sumChanged) {
          expected.add("APP-ROW-TOTAL applications." + row + ".total");
          if (row.startsWith("outcomes.")) {
            expected.add("APP-OUTCOME-TOTAL applications.outcomes.total." + column);
          }
          if (BALANCE_ROWS.contains(row)) {
            expected.add("APP-BALANCE applications.carriedForward." + column);
          }
        }
      }
      case "reviewAndLitigation" -> {
        if (sumChanged) {
          expected.add("LIT-TOTAL reviewAndLitigation." + row + ".total");
        }
      }
      default -> {
        String prefix = "proactiveDisclosure." + row + ".";
        if (report.getEdition() == Edition.V2019 && ITEM_1_ROWS.contains(row)
            && value(cells.get(prefix + "newlyPublished"))
                .compareTo(value(cells.get(prefix + "totalPublished"))) > 0) {
          expected.add("A20-PUBLISHED " + prefix + "newlyPublished");
        }
        if (report.getEdition() == Edition.V2019 && cells.containsKey(prefix + "change")
            && value(cells.get(prefix + "previousYear")).add(value(cells.get(prefix + "change")))
                .signum() < 0) {
          expected.add("A20-PROJECTS " + prefix + "change");
        }
        if (report.getEdition() == Edition.V2021 && ITEM_1_ROWS.contains(row)
            && value(cells.get(prefix + "issued")).compareTo(
                value(cells.get(prefix + "inForce")).add(value(cells.get(prefix + "repealed")))) > 0) {
          expected.add("A20-ISSUED " + prefix + "issued");
        }
      }
    }
    return expected;
  }

  /** What a cell counts as in a formula: its number, 0 when it has none. */
  private static BigDecimal value(Cell cell) {
    return cell.toDecimalOrZero();
  }

  private static Map<String, Cell> cellsByPath(AnnualReport report) {
    Map<String, Cell> cells = new HashMap<>();
    for (Table<?, ?> table : report.getTables()) {
      for (CellSlot<?, ?> slot : table.getLayout().getSlots()) {
        cells.put(slot.getPath(), table.getCells().get(slot.getIndex()));
      }
    }
    return cells;
  }

  // ---- changing one cell

  private static Cell changed(Cell cell, Change change, Random random) {
    if (cell instanceof Amount amount) {
      BigDecimal value = amount.toDecimalOrZero();
      BigDecimal d = BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
      return switch (change) {
        case UP -> Amount.of(value.add(d), MoneyUnit.WAN_YUAN);
        case DOWN, NEGATIVE -> Amount.of(value.negate().subtract(d), MoneyUnit.WAN_YUAN);
        case BLANK -> Amount.blank();
        case MARKER -> Amount.marker();
        case HUGE, MIN -> Amount.of(new BigDecimal("9".repeat(20) + ".99"), MoneyUnit.YUAN);
        case ANY -> Amount.ofUnknownUnit(value);
      };
    }
    long value = ((Count) cell).orZero();
    long d = 1 + random.nextInt(1000);
    return switch (change) {
      case UP -> Count.of(value + d);
      case DOWN -> Count.of(value - d);
      case BLANK -> Count.blank();
      case MARKER -> Count.marker();
      case NEGATIVE -> Count.of(-d);
      case HUGE -> Count.of(Long.MAX_VALUE);
      case MIN -> Count.of(Long.MIN_VALUE);
      case ANY -> Count.of(random.nextLong());
    };
  }

  private static AnnualReport with(
      AnnualReport report, Table<?, ?> table, CellSlot<?, ?> slot, Cell cell) {
    List<Cell> cells = new ArrayList<>(table.getCells());
    cells.set(slot.getIndex(), cell);
    if (report instanceof Report2019 r) {
      ImmutableReport2019 copy = ImmutableReport2019.copyOf(r);
      return switch (slot.getTable()) {
        case PROACTIVE_DISCLOSURE -> copy.withProactiveDisclosure(ProactiveDisclosure2019.ofCells(cells));
        case APPLICATIONS -> copy.withApplications(Applications.ofCells(Edition.V2019, cells));
        case REVIEW_AND_LITIGATION -> copy.withReviewAndLitigation(ReviewAndLitigation.ofCells(cells));
      };
    }
    ImmutableReport2021 copy = ImmutableReport2021.copyOf((Report2021) report);
    return switch (slot.getTable()) {
      case PROACTIVE_DISCLOSURE -> copy.withProactiveDisclosure(ProactiveDisclosure2021.ofCells(cells));
      case APPLICATIONS -> copy.withApplications(Applications.ofCells(Edition.V2021, cells));
      case REVIEW_AND_LITIGATION -> copy.withReviewAndLitigation(ReviewAndLitigation.ofCells(cells));
    };
  }

}
