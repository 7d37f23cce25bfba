package org.ogireport.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.validation.internal.AlwaysTraversable;
import org.ogireport.validation.internal.FixedLocaleInterpolator;
import org.ogireport.validation.internal.SeriesSteps;
import org.ogireport.validation.internal.ViolationOrder;

/**
 * Checks reports against the rule catalogue ({@link Rule}) through Jakarta Bean Validation, run by
 * Hibernate Validator. Build one, keep it, share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .suppress("CELL-MISSING")                                  // every path
 *     .suppress("APP-BALANCE", "applications.carriedForward.total")
 *     .build();
 * ValidationResult result = validator.validate(report, Locale.ENGLISH);
 * for (RuleViolation v : result) {
 *   System.out.println(v.getSeverity().getCode() + " " + v.getRuleId() + " " + v.getPath()
 *       + ": " + v.getMessage());
 * }
 * }</pre>
 *
 * <p>Messages come from {@code ContributorValidationMessages} in Chinese ({@code zh_CN}) or
 * English: a locale whose language is {@code zh} gets Chinese, any other English. The JVM default
 * locale is never consulted; without a locale the builder's (default Chinese) is used.
 *
 * <p>The rules are class-level constraints on {@code Report2019} and {@code Report2021} (no
 * cascade, no per-cell constraints), so a plain {@code jakarta.validation.Validator}, e.g. behind
 * Spring's {@code @Valid}, applies them too; use {@link RuleViolation#from} on its violations.
 * That needs this jar on the class path: the annotations live in core with
 * {@code validatedBy = {}} and without the validators registered here, validating fails with
 * {@code HV000030} (no validator could be found). Hibernate Validator needs no Expression
 * Language here: messages go through {@link ParameterMessageInterpolator}.
 */
public final class ReportValidator {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Locale ENGLISH = Locale.ENGLISH;

  private final ValidatorFactory factory;
  private final Validator chinese;
  private final Validator english;
  private final Locale defaultLocale;
  private final Set<Rule> suppressedRules;
  private final Set<String> suppressedCells;

  private ReportValidator(Builder builder) {
    ParameterMessageInterpolator interpolator =
        new ParameterMessageInterpolator(Set.of(CHINESE, ENGLISH), ENGLISH, true);
    Clock clock = builder.clock;
    this.factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(interpolator)
        .clockProvider(() -> clock)
        .traversableResolver(new AlwaysTraversable())
        .buildValidatorFactory();
    this.chinese = validatorIn(interpolator, CHINESE);
    this.english = validatorIn(interpolator, ENGLISH);
    this.defaultLocale = messageLocale(builder.locale);
    this.suppressedRules = Set.copyOf(builder.suppressedRules);
    this.suppressedCells = Set.copyOf(builder.suppressedCells);
  }

  private Validator validatorIn(ParameterMessageInterpolator interpolator, Locale locale) {
    return factory.usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(interpolator, locale))
        .getValidator();
  }

  /** A builder: system clock, Chinese messages, nothing suppressed. */
  public static Builder builder() {
    return new Builder();
  }

  /** The validator with the defaults of {@link #builder()}. */
  public static ReportValidator create() {
    return builder().build();
  }

  /** Checks a report, messages in the builder's locale. */
  public ValidationResult validate(AnnualReport report) {
    return validate(report, defaultLocale);
  }

  /**
   * Checks a report against every rule of its edition.
   *
   * @param report the report, not null
   * @param locale the language of the messages: {@code zh} gets Chinese, anything else English
   */
  public ValidationResult validate(AnnualReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Locale messages = messageLocale(locale);
    Set<ConstraintViolation<AnnualReport>> found =
        (messages == CHINESE ? chinese : english).validate(report);
    if (found.isEmpty()) {
      return new ValidationResult(List.of(), messages);
    }
    List<RuleViolation> kept = new ArrayList<>(found.size());
    for (ConstraintViolation<AnnualReport> violation : found) {
      RuleViolation v = RuleViolation.from(violation, messages).orElseThrow(
          () -> new IllegalStateException(
              "a violation outside the rule catalogue: " + violation.getPropertyPath() + ": "
                  + violation.getMessage()));
      if (!isSuppressed(v)) {
        kept.add(v);
      }
    }
    kept.sort(Comparator.comparing(RuleViolation::getDetails, ViolationOrder.of(report.getEdition())));
    return new ValidationResult(kept, messages);
  }

  /** Checks the series rules of a series, messages in the builder's locale. */
  public SeriesValidationResult validate(ReportSeries series) {
    return validate(series, defaultLocale);
  }

  /**
   * Checks a series of one organ's reports against the series rules ({@link Rule#isSeriesRule()}),
   * for every pair of consecutive years. The rules of each single report are not applied: call
   * {@link #validate(AnnualReport, Locale)} per report for those. Suppression applies as for
   * single reports, with year-prefixed paths such as
   * {@code 2024:applications.carriedOver.total}.
   *
   * @param series the series, not null
   * @param locale the language of the messages: {@code zh} gets Chinese, anything else English
   */
  public SeriesValidationResult validate(ReportSeries series, Locale locale) {
    Objects.requireNonNull(series, "series");
    Locale messages = messageLocale(locale);
    List<RuleViolation> kept = new ArrayList<>();
    for (ConstraintViolation<ReportSeries> violation
        : (messages == CHINESE ? chinese : english).validate(series)) {
      RuleViolation v = RuleViolation.from(violation, messages).orElseThrow(
          () -> new IllegalStateException(
              "a violation outside the rule catalogue: " + violation.getPropertyPath() + ": "
                  + violation.getMessage()));
      if (!isSuppressed(v)) {
        kept.add(v);
      }
    }
    kept.sort(Comparator.comparing((RuleViolation v) -> v.getPath().split(":", 2)[0])
        .thenComparing(RuleViolation::getRule)
        .thenComparing(RuleViolation::getPath));
    List<SkippedRule> skipped = new ArrayList<>();
    for (YearStep step : series.getSteps()) {
      for (Rule rule : Rule.values()) {
        if (rule.isSeriesRule() && !suppressedRules.contains(rule)) {
          SeriesSteps.skipReason(rule, step).ifPresent(reason -> skipped.add(new SkippedRule(
              rule, step.getPrevious().getYear(), step.getCurrent().getYear(), reason)));
        }
      }
    }
    return new SeriesValidationResult(kept, skipped, messages);
  }

  private boolean isSuppressed(RuleViolation v) {
    return suppressedRules.contains(v.getRule())
        || suppressedCells.contains(cellKey(v.getRule(), v.getPath()));
  }

  /**
   * The underlying Bean Validation validator (messages in the builder's locale): the rules apply
   * as plain constraints, without suppression or ordering.
   */
  public Validator getValidator() {
    return defaultLocale == CHINESE ? chinese : english;
  }

  private static String cellKey(Rule rule, String path) {
    return rule.getId() + ' ' + path;
  }

  /** The message locale for a requested one: Chinese for language {@code zh}, else English. */
  static Locale messageLocale(Locale requested) {
    Objects.requireNonNull(requested, "locale");
    return "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
  }

  /** Configures a {@link ReportValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {

    private Clock clock = Clock.systemDefaultZone();
    private Locale locale = CHINESE;
    private final Set<Rule> suppressedRules = new HashSet<>();
    private final Set<String> suppressedCells = new HashSet<>();

    private Builder() {}

    /** The clock whose year is the current year of {@code YEAR-RANGE}; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The message locale of {@link ReportValidator#validate(AnnualReport)}; default {@code zh_CN}. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Drops every violation of a rule. */
    public Builder suppress(Rule rule) {
      suppressedRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Drops every violation of the rule with a stable id.
     *
     * @throws IllegalArgumentException when no rule has the id
     */
    public Builder suppress(String ruleId) {
      return suppress(Rule.ofId(ruleId));
    }

    /**
     * Drops the violations of a rule reported on one JSON path, e.g.
     * {@code suppress("LIT-TOTAL", "reviewAndLitigation.review.total")}.
     *
     * @throws IllegalArgumentException when no rule has the id
     */
    public Builder suppress(String ruleId, String path) {
      suppressedCells.add(cellKey(Rule.ofId(ruleId), Objects.requireNonNull(path, "path")));
      return this;
    }

    /** Builds the validator (this builds a Hibernate Validator factory: do it once). */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
