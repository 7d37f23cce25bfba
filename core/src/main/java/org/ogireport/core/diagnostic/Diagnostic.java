package org.ogireport.core.diagnostic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;

/**
 * Something found in a report or in reading one, in the one shape every part of ogi-report uses:
 * a rule of the catalogue broken ({@code APP-BALANCE}), an oddity the importer met
 * ({@code RUN_TOGETHER_AMBIGUOUS}), a problem a lenient JSON read worked around, or why an input
 * could not be read at all ({@link org.ogireport.core.ReportFormatException#getDiagnostic()}).
 *
 * <p>Each has a stable {@linkplain #getCode() code} tools filter by, a {@link Severity}, a typed
 * {@link Location}, a message in Chinese and English, and for rules the cells read and the two
 * sides compared.
 *
 * <pre>{@code
 * for (Diagnostic d : diagnostics) {
 *   System.out.println(d.getSeverity() + " " + d.getCode() + " " + d.getLocation().getPath()
 *       + " " + d.getMessage(Locale.SIMPLIFIED_CHINESE));
 * }
 * // error LIT-TOTAL reviewAndLitigation.review.total 表四 行政复议·总计：总计填报为 0，…
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Diagnostic {

  private final String code;
  private final Severity severity;
  private final Location location;
  private final String chinese;
  private final String english;
  private final Map<Location, Cell> cells;
  private final Sides sides;
  private final Map<String, Object> arguments;

  private Diagnostic(Builder b, Location location) {
    this.code = b.code;
    this.severity = b.severity;
    this.location = location;
    this.chinese = b.chinese;
    this.english = b.english;
    this.cells = b.cells;
    this.sides = b.sides;
    this.arguments = b.arguments;
  }

  /**
   * Starts a diagnostic.
   *
   * @param code the stable code, e.g. {@code APP-BALANCE} or {@code MISSING_ROW}; not blank
   * @param severity the severity, not null
   * @return a builder
   * @throws IllegalArgumentException when the code is blank
   */
  public static Builder builder(String code, Severity severity) {
    return new Builder(code, severity);
  }

  /**
   * The stable code: a rule id such as {@code APP-BALANCE}, or a reader's code such as
   * {@code RUN_TOGETHER_AMBIGUOUS}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Where it points.
   *
   * @return the location
   */
  public Location getLocation() {
    return location;
  }

  /**
   * The message in Chinese for a locale whose language is {@code zh}, in English otherwise.
   *
   * @param locale the locale, not null
   * @return the message
   */
  public String getMessage(Locale locale) {
    return MessageBundle.isChinese(locale) ? chinese : english;
  }

  /**
   * The cells a rule read, in reading order, with the values they held: each a cell location
   * (with its year when the rule compares years of a series) or a report field such as
   * {@code year}; empty for diagnostics that read none.
   *
   * @return the cells, unmodifiable
   */
  public Map<Location, Cell> getCells() {
    return cells;
  }

  /**
   * The two sides a rule compared and their difference.
   *
   * @return the sides, or empty for diagnostics that compare none
   */
  public Optional<Sides> getSides() {
    return Optional.ofNullable(sides);
  }

  /**
   * The named values the message was made from, e.g. {@code candidates} for an ambiguous split,
   * in the order they were given.
   *
   * @return the arguments, unmodifiable
   */
  public Map<String, Object> getArguments() {
    return arguments;
  }

  /**
   * A copy at another location, e.g. with the year of a series ({@code location.inYear(2024)}).
   *
   * @param newLocation the location, not null
   * @return the copy
   */
  public Diagnostic withLocation(Location newLocation) {
    return new Diagnostic(toBuilder(), Objects.requireNonNull(newLocation, "location"));
  }

  private Builder toBuilder() {
    Builder b = new Builder(code, severity);
    b.chinese = chinese;
    b.english = english;
    b.cells = cells;
    b.sides = sides;
    b.arguments = arguments;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && d.code.equals(code) && d.severity == severity
        && d.location.equals(location) && d.chinese.equals(chinese) && d.english.equals(english)
        && d.cells.equals(cells) && Objects.equals(d.sides, sides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, english);
  }

  /**
   * For example {@code error LIT-TOTAL reviewAndLitigation.review.total: …} with the English
   * message.
   *
   * @return the diagnostic in one line
   */
  @Override
  public String toString() {
    String where = location.toString();
    return severity.getCode() + " " + code + (where.isEmpty() ? "" : " " + where) + ": " + english;
  }

  /** Builds a {@link Diagnostic}. Not thread-safe. */
  public static final class Builder {

    private final String code;
    private final Severity severity;
    private Location location = Location.report();
    private String chinese;
    private String english;
    private Map<Location, Cell> cells = Map.of();
    private Sides sides;
    private Map<String, Object> arguments = Map.of();

    private Builder(String code, Severity severity) {
      if (Objects.requireNonNull(code, "code").isBlank()) {
        throw new IllegalArgumentException("code must not be blank");
      }
      this.code = code;
      this.severity = Objects.requireNonNull(severity, "severity");
    }

    /**
     * Where it points; the whole report when not set.
     *
     * @param where the location, not null
     * @return this builder
     */
    public Builder location(Location where) {
      this.location = Objects.requireNonNull(where, "location");
      return this;
    }

    /**
     * A named value the message is made from.
     *
     * @param name the parameter's name, not null
     * @param value the value, not null
     * @return this builder
     */
    public Builder argument(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (arguments.isEmpty()) {
        arguments = new LinkedHashMap<>();
      }
      arguments.put(name, value);
      return this;
    }

    /**
     * A cell the rule read, with its value.
     *
     * @param slot the cell's slot, not null
     * @param value the cell as published, not null
     * @return this builder
     */
    public Builder cell(CellSlot<?, ?> slot, Cell value) {
      return cell(Location.of(slot), value);
    }

    /**
     * A value the rule read at a location: a cell in one year of a series
     * ({@code Location.of(slot).inYear(2024)}) or a report field ({@code Location.of(ReportField.YEAR)}).
     *
     * @param where the location, not null
     * @param value the value as published, not null
     * @return this builder
     */
    public Builder cell(Location where, Cell value) {
      Objects.requireNonNull(where, "location");
      Objects.requireNonNull(value, "value");
      if (cells.isEmpty()) {
        cells = new LinkedHashMap<>();
      }
      cells.put(where, value);
      return this;
    }

    /**
     * The two sides compared.
     *
     * @param compared the sides, not null
     * @return this builder
     */
    public Builder sides(Sides compared) {
      this.sides = Objects.requireNonNull(compared, "sides");
      return this;
    }

    /**
     * The message as given, in both languages.
     *
     * @param inChinese the Chinese message, not null
     * @param inEnglish the English message, not null
     * @return this builder
     */
    public Builder message(String inChinese, String inEnglish) {
      this.chinese = Objects.requireNonNull(inChinese, "chinese");
      this.english = Objects.requireNonNull(inEnglish, "english");
      return this;
    }

    /**
     * The message from a bundle's template, filled with the arguments given so far (and
     * {@code left}, {@code right}, {@code difference} when sides are given).
     *
     * @param bundle the bundle, not null
     * @param key the template's key, not null
     * @return this builder
     */
    public Builder message(MessageBundle bundle, String key) {
      Map<String, Object> values = new LinkedHashMap<>(arguments);
      if (sides != null) {
        values.putIfAbsent("left", sides.getLeft().toPlainString());
        values.putIfAbsent("right", sides.getRight().toPlainString());
        values.putIfAbsent("difference", sides.getDifference().toPlainString());
      }
      return message(bundle.format(key, Locale.SIMPLIFIED_CHINESE, values),
          bundle.format(key, Locale.ENGLISH, values));
    }

    /**
     * The diagnostic.
     *
     * @return the diagnostic
     * @throws IllegalStateException when no message was given
     */
    public Diagnostic build() {
      if (chinese == null) {
        throw new IllegalStateException("diagnostic " + code + " has no message");
      }
      Builder frozen = new Builder(code, severity);
      frozen.chinese = chinese;
      frozen.english = english;
      frozen.cells = cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
      frozen.sides = sides;
      frozen.arguments = arguments.isEmpty() ? Map.of()
          : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
      return new Diagnostic(frozen, location);
    }
  }
}
