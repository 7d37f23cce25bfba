package org.ogireport.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Column;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Row;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;

/**
 * Random valid reports for tests, reproducible from a seed: both editions, every total the sum of
 * its parts, the balance 一 + 二 = 三（七） + 四 holding in every column, no negative count (本年增/减
 * may be negative, never below the previous year's count), no blank unless asked, and magnitudes
 * like those of published reports (most applications from natural persons, a few from
 * organisations, hundreds to thousands of licensing and penalty decisions).
 *
 * <pre>{@code
 * ReportGenerator generator = new ReportGenerator(42L);
 * AnnualReport report = generator.next(Edition.V2021);        // the same for seed 42, every run
 * BrokenReport broken = generator.breaking("APP-BALANCE");    // one rule broken, and where
 * }</pre>
 *
 * <p>Not thread-safe (it holds a {@link Random}); each call draws the next report of the sequence.
 */
public final class ReportGenerator {

  private static final String[] ORGANS = {
    "重庆市涪陵区人民政府办公室", "淮安市洪泽区人民政府", "巫溪县信访办公室", "遂宁市安居区经济合作局",
    "固原市信访局", "某某市自然资源和规划局", "某某县人民政府", "某某区市场监督管理局"
  };

  private final Random random;
  private final boolean blanks;

  /**
   * Creates a generator of reports without blank cells.
   *
   * @param seed the seed of the random sequence, any {@code long}: the same seed gives the same
   *     reports in the same order
   */
  public ReportGenerator(long seed) {
    this(new Random(seed), false);
  }

  private ReportGenerator(Random random, boolean blanks) {
    this.random = random;
    this.blanks = blanks;
  }

  /**
   * A generator that also leaves some zero cells blank or marked {@code /} (still valid: such a
   * cell counts as 0 in every sum; the rule CELL-MISSING warns about it). Shares this generator's
   * random sequence.
   *
   * @param withBlanks whether to leave some zero cells blank or marked
   * @return a new generator drawing from the same sequence
   */
  public ReportGenerator withBlanks(boolean withBlanks) {
    return new ReportGenerator(random, withBlanks);
  }

  /** {@return the next valid report, of an edition chosen at random} */
  public AnnualReport next() {
    return next(random.nextBoolean() ? Edition.V2019 : Edition.V2021);
  }

  /**
   * Draws the next valid report of an edition, for a year the edition is used for.
   *
   * @param edition the edition, not null
   * @return the report: 2019 or 2020 for {@link Edition#V2019}, 2021 to 2024 for
   *     {@link Edition#V2021}
   */
  public AnnualReport next(Edition edition) {
    int year = edition == Edition.V2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
    String organ = ORGANS[random.nextInt(ORGANS.length)];
    Applications applications = applications(edition);
    long received = applications.getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).orZero();
    Sections sections = Sections.builder()
        .overview(year + "年，" + organ + "认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请"
            + received + "件。")
        .build();
    LocalDate published = LocalDate.of(year + 1, 1, 1 + random.nextInt(31));
    ReviewAndLitigation review = reviewAndLitigation();
    return AnnualReport.builder(edition).organ(organ).year(year)
        .publishedOn(Optional.of(published)).sections(sections)
        .proactiveDisclosure(edition == Edition.V2019 ? disclosure2019() : disclosure2021())
        .applications(applications).reviewAndLitigation(review).build();
  }

  /**
   * A report with one rule of the catalogue broken, by changing the cells the rule reads.
   *
   * @param ruleId a rule id of the form's rule catalogue ({@code RuleGroup.CATALOGUE}), e.g. {@code APP-BALANCE}
   * @return the report with the rule broken, and where it fails
   * @throws IllegalArgumentException for an id the generator cannot break, naming the ones it can
   */
  public BrokenReport breaking(String ruleId) {
    RuleBreaker breaker = RuleBreaker.ofId(ruleId);
    return breaker.breakRule(next(breaker.edition(random)), random);
  }

  /** A random long-tailed count: mostly small, sometimes up to {@code max}. */
  long skewed(long max) {
    double u = random.nextDouble();
    return Math.round(Math.pow(u, 3) * max);
  }

  private Applications applications(Edition edition) {
    Applications.Builder builder = Applications.builder(edition);
    List<ApplicationRow> outcomes = ApplicationRow.outcomes(edition);
    for (Applicant column : Applicant.parts()) {
      long scale = column == Applicant.NATURAL_PERSON ? 400 : 12;
      long received = skewed(scale);
      long carriedOver = skewed(scale / 8);
      long open = received + carriedOver;
      long carriedForward = Math.min(open, skewed(scale / 10));
      builder.set(ApplicationRow.NEW_RECEIVED, column, received)
          .set(ApplicationRow.CARRIED_OVER, column, carriedOver)
          .set(ApplicationRow.CARRIED_FORWARD, column, carriedForward);
      long remaining = open - carriedForward;
      long[] shares = new long[outcomes.size()];
      double[] weights = new double[outcomes.size()];
      double weightSum = 0;
      for (int i = 0; i < weights.length; i++) {
        // granted, partially granted and "not held" dominate in published reports
        weights[i] = (i < 2 || outcomes.get(i) == ApplicationRow.UNABLE_NOT_HELD ? 8 : 0.4)
            * random.nextDouble();
        weightSum += weights[i];
      }
      long assigned = 0;
      for (int i = 0; i < shares.length; i++) {
        shares[i] = (long) Math.floor(remaining * weights[i] / weightSum);
        assigned += shares[i];
      }
      shares[0] += remaining - assigned;
      for (int i = 0; i < shares.length; i++) {
        builder.set(outcomes.get(i), column, shares[i]);
      }
    }
    builder.fillTotals();
    blankZeros(builder);
    return builder.build();
  }

  private ReviewAndLitigation reviewAndLitigation() {
    ReviewAndLitigation.Builder builder = ReviewAndLitigation.builder();
    for (CaseBlock block : CaseBlock.values()) {
      for (CaseResult result : CaseResult.parts()) {
        builder.set(block, result, skewed(block == CaseBlock.REVIEW ? 12 : 5));
      }
    }
    builder.fillTotals();
    blankZeros(builder);
    return builder.build();
  }

  private ProactiveDisclosure2019 disclosure2019() {
    ProactiveDisclosure2019.Builder builder = ProactiveDisclosure2019.builder();
    for (Disclosure2019Row row : List.of(Disclosure2019Row.RULES, Disclosure2019Row.NORMATIVE_DOCUMENTS)) {
      long total = skewed(row == Disclosure2019Row.RULES ? 20 : 300);
      long published = total == 0 ? 0 : random.nextInt((int) Math.min(total, 60) + 1);
      builder.setRow(row, published + (published == 0 ? 0 : random.nextInt(3)), published, total);
    }
    for (Disclosure2019Row row : Disclosure2019Row.values()) {
      if (row.getColumns().contains(Disclosure2019Column.PREVIOUS_YEAR)) {
        long previous = skewed(800);
        long change = random.nextInt(41) - 20;
        builder.set(row, Disclosure2019Column.PREVIOUS_YEAR, previous)
            .set(row, Disclosure2019Column.CHANGE, Math.max(-previous, change));
        if (row.getColumns().contains(Disclosure2019Column.DECISIONS)) {
          builder.set(row, Disclosure2019Column.DECISIONS, skewed(5000));
        }
      }
    }
    builder.set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.PROJECTS, skewed(60))
        .set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT, money());
    blankZeros(builder);
    return builder.build();
  }

  private ProactiveDisclosure2021 disclosure2021() {
    ProactiveDisclosure2021.Builder builder = ProactiveDisclosure2021.builder();
    for (Disclosure2021Row row : List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS)) {
      long inForce = skewed(row == Disclosure2021Row.RULES ? 20 : 200);
      long repealed = skewed(10);
      long issued = Math.min(inForce + repealed, skewed(30));
      builder.setRow(row, issued, repealed, inForce);
    }
    for (Disclosure2021Row row : Disclosure2021Row.values()) {
      if (row.getColumns().contains(Disclosure2021Column.DECISIONS)) {
        builder.set(row, Disclosure2021Column.DECISIONS, skewed(5000));
      }
    }
    builder.set(Disclosure2021Row.FEES, Disclosure2021Column.AMOUNT, money());
    blankZeros(builder);
    return builder.build();
  }

  /** An amount in 万元 with two decimals, up to about ten thousand. */
  private Amount money() {
    BigDecimal value = BigDecimal.valueOf(skewed(1_000_000)).movePointLeft(2)
        .setScale(2, RoundingMode.UNNECESSARY);
    return Amount.of(value, MoneyUnit.WAN_YUAN);
  }

  /** When asked, leaves about a third of the zero cells blank or marked. */
  private <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> void blankZeros(
      Table.Builder<?, R, C, ?> builder) {
    if (!blanks) {
      return;
    }
    List<CellSlot<R, C>> zeros = new ArrayList<>();
    for (CellSlot<R, C> slot : builder.getLayout().getSlots()) {
      if (builder.get(slot.getRow(), slot.getColumn()).toDecimalOrZero().signum() == 0) {
        zeros.add(slot);
      }
    }
    for (CellSlot<R, C> slot : zeros) {
      int draw = random.nextInt(6);
      if (draw == 0) {
        builder.setBlank(slot.getRow(), slot.getColumn());
      } else if (draw == 1) {
        builder.setMarker(slot.getRow(), slot.getColumn());
      }
    }
  }
}
