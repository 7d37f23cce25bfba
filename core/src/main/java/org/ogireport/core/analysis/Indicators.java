package org.ogireport.core.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ogireport.core.AnnualReport;

/**
 * Every {@link Indicator} of one report.
 *
 * <pre>{@code
 * Indicators ind = Indicators.of(report);
 * ind.get(Indicator.APPLICATIONS_HANDLED).getNumerator();   // 8
 * ind.get(Indicator.GRANTED_SHARE).getValue();              // OptionalDouble[1.0]
 * ind.get(Indicator.WITHHELD_SHARE).toDecimal(4);           // Optional[0.0000]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Indicators {

  private final String organ;
  private final int year;
  private final Map<Indicator, IndicatorValue> values;

  private Indicators(String organ, int year, Map<Indicator, IndicatorValue> values) {
    this.organ = organ;
    this.year = year;
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Computes every indicator of a report.
   *
   * @param report the report, not null
   * @return the indicators
   * @throws ArithmeticException when a sum overflows a {@code long}, naming the cell
   */
  public static Indicators of(AnnualReport report) {
    Map<Indicator, IndicatorValue> values = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      values.put(i, i.compute(report));
    }
    return new Indicators(report.getOrgan(), report.getYear(), values);
  }

  /** {@return the organ of the report, as printed} */
  public String getOrgan() {
    return organ;
  }

  /** {@return the report year, e.g. {@code 2022}} */
  public int getYear() {
    return year;
  }

  /**
   * Gets the value of an indicator.
   *
   * @param indicator the indicator, not null
   * @return the value, never null (possibly undefined: see {@link IndicatorValue#isDefined()})
   */
  public IndicatorValue get(Indicator indicator) {
    return values.get(indicator);
  }

  /** {@return every value by its indicator, in the order of {@link Indicator#values()}; unmodifiable} */
  public Map<Indicator, IndicatorValue> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return organ + " " + year + " " + values.values();
  }
}
