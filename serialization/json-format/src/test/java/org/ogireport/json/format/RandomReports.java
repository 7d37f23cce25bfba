package org.ogireport.json.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.Sections;
import org.ogireport.core.TableLayout;

/**
 * A seeded generator of reports of both editions that stress the format: blanks, markers,
 * negatives, the extremes of {@code long}, amounts at any scale with or without a unit, texts
 * with quotes, backslashes, control characters, newlines and characters beyond the BMP.
 */
public final class RandomReports {

  private static final String[] TEXT_PIECES = {
    "本年度", "共受理申请8件", "“三安全一稳定”", "\"quoted\"", "back\\slash", "\n", "\t", "\u0001",
    "𠀀", " ", "　", "/", "null", "{}", "é", "\u2028",
  };

  private final Random random;

  /** A generator from a seed. */
  public RandomReports(long seed) {
    this.random = new Random(seed);
  }

  /** The next report. */
  public AnnualReport next() {
    Edition edition = random.nextBoolean() ? Edition.V2019 : Edition.V2021;
    List<List<Cell>> tables = new ArrayList<>();
    for (TableLayout<?, ?> layout : TableLayout.all(edition)) {
      List<Cell> cells = new ArrayList<>();
      for (CellSlot<?, ?> slot : layout.getSlots()) {
        cells.add(slot.getKind().isMoney() ? amount() : count());
      }
      tables.add(cells);
    }
    Optional<LocalDate> publishedOn = random.nextBoolean()
        ? Optional.of(LocalDate.of(2009 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)))
        : Optional.empty();
    Sections sections = Sections.builder()
        .overview(text())
        .problems(text())
        .otherMatters(text())
        .build();
    return AnnualReport.builder(edition).organ(text().orElse("某某区人民政府办公室"))
        .year(random.nextInt(3000) - 500).publishedOn(publishedOn).sections(sections)
        .tables(tables).build();
  }

  private Count count() {
    return switch (random.nextInt(10)) {
      case 0 -> Count.blank();
      case 1 -> Count.marker();
      case 2 -> Count.of(-1 - random.nextInt(1000));
      case 3 -> Count.of(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
      case 4 -> Count.of(random.nextLong());
      default -> Count.of(random.nextInt(2000));
    };
  }

  private Amount amount() {
    return switch (random.nextInt(6)) {
      case 0 -> Amount.blank();
      case 1 -> Amount.marker();
      default -> {
        BigDecimal value = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(8));
        MoneyUnit[] units = MoneyUnit.values();
        int u = random.nextInt(units.length + 1);
        yield u == units.length ? Amount.ofUnknownUnit(value) : Amount.of(value, units[u]);
      }
    };
  }

  private Optional<String> text() {
    if (random.nextInt(3) == 0) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder("文");
    for (int i = random.nextInt(12); i > 0; i--) {
      sb.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
    }
    return Optional.of(sb.toString());
  }
}
