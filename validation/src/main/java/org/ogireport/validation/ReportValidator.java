package org.ogireport.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.analysis.ReportSeries;
import org.ogireport.core.constraints.NarrativeChecks;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.rules.Rule;
import org.ogireport.validation.internal.SeriesRulesValidator;

/**
 * Checks reports against the rule catalogue ({@link Rule}) through Jakarta Bean Validation, run by
 * Hibernate Validator, and gives each finding as a {@link Diagnostic}. Build one, keep it, share
 * it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .suppress("CELL-MISSING")                                  // every path
 *     .suppress("APP-BALANCE", "applications.carriedForward.total")
 *     .build();
 * for (Diagnostic d : validator.validate(report)) {
 *   System.out.println(d.getSeverity() + " " + d.getCode() + " " + d.getLocation().getPath()
 *       + ": " + d.getMessage(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>Each finding has its message in Chinese and English from {@code ContributorValidationMessages};
 * {@link Diagnostic#getMessage(Locale)} picks per call (language {@code zh} gets Chinese, any
 * other English; the JVM default locale is never consulted).
 *
 * <p>The rules are one class-level constraint per group
 * ({@link org.ogireport.core.constraints.RuleCatalogue}, declared on {@code Report2019}, {@code Report2021}
 * and {@code ReportSeries}; no cascade, no per-cell constraints), so a plain
 * {@code jakarta.validation.Validator}, e.g. behind Spring's {@code @Valid}, applies them too:
 * each finding is one violation on the exact cell, and {@link #toDiagnostic} turns it into the
 * same {@code Diagnostic}. That needs this jar on the class path: without it, validating fails
 * with {@code HV000030} (no validator could be found). This class needs no Expression Language:
 * its messages go through {@link ParameterMessageInterpolator}.
 *
 * <p>By default the rules of the form's catalogue run (the {@code Default} group). The heuristic
 * checks ({@link org.ogireport.core.rules.RuleGroup#NARRATIVE}) are in the
 * {@link NarrativeChecks} group and run with {@link Builder#narrativeChecks(boolean)}.
 */
public final class ReportValidator {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final Locale ENGLISH = Locale.ENGLISH;

  private final Validator validator;
  private final Validator plain;
  private final Set<Rule> suppressedRules;
  private final Set<String> suppressedPaths;
  private final Class<?>[] groups;

  private ReportValidator(Builder builder) {
    ParameterMessageInterpolator interpolator =
        new ParameterMessageInterpolator(Set.of(CHINESE, ENGLISH), ENGLISH, true);
    Clock clock = builder.clock;
    // no cascade and no property constraints: the traversable resolver is never asked, and its
    // per-call result cache (a HashMap per validate call) is switched off
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(interpolator)
        .clockProvider(() -> clock)
        .traversableResolver(new AlwaysTraversable())
        .enableTraversableResolverResultCache(false)
        .buildValidatorFactory();
    // the findings carry their messages in both languages: the violations' own are not needed
    this.validator = factory.usingContext().messageInterpolator(new TemplateAsIs()).getValidator();
    this.plain = factory.usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(interpolator, messageLocale(builder.locale)))
        .getValidator();
    this.suppressedRules = Set.copyOf(builder.suppressedRules);
    this.suppressedPaths = Set.copyOf(builder.suppressedPaths);
    this.groups = builder.narrativeChecks
        ? new Class<?>[] {Default.class, NarrativeChecks.class}
        : new Class<?>[] {Default.class};
  }

  /**
   * A builder: system clock, Chinese messages from {@link #getValidator()}, nothing suppressed,
   * the form's catalogue only.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The validator with the defaults of {@link #builder()}.
   *
   * @return the validator
   */
  public static ReportValidator create() {
    return builder().build();
  }

  /**
   * Checks a report against every rule of its edition.
   *
   * @param report the report, not null
   * @return the findings, in printed order of the places they are reported on
   */
  public ValidationResult validate(AnnualReport report) {
    Objects.requireNonNull(report, "report");
    Set<ConstraintViolation<AnnualReport>> found = validator.validate(report, groups);
    if (found.isEmpty()) {
      return new ValidationResult(List.of());
    }
    List<Diagnostic> kept = kept(found);
    kept.sort(DiagnosticOrder.ofReport(report.getEdition()));
    return new ValidationResult(kept);
  }

  /**
   * Checks a series of one organ's reports against the series rules
   * ({@link org.ogireport.core.rules.RuleGroup#SERIES}), for every pair of consecutive years. The
   * rules of each single report are not applied: call {@link #validate(AnnualReport)} per report
   * for those. Suppression applies as for single reports; a suppressed path is suppressed in
   * every year.
   *
   * @param series the series, not null
   * @return the findings, each located in the year it is about, and the rules skipped
   */
  public SeriesValidationResult validate(ReportSeries series) {
    Objects.requireNonNull(series, "series");
    List<Diagnostic> kept = kept(validator.validate(series));
    kept.sort(DiagnosticOrder.ofSeries());
    List<Diagnostic> skipped = new ArrayList<>();
    for (Diagnostic d : SeriesRulesValidator.skipped(series)) {
      if (!suppressedRules.contains(Rule.ofId(d.getCode()))) {
        skipped.add(d);
      }
    }
    return new SeriesValidationResult(kept, skipped);
  }

  private <T> List<Diagnostic> kept(Set<ConstraintViolation<T>> violations) {
    List<Diagnostic> kept = new ArrayList<>(violations.size());
    for (ConstraintViolation<T> violation : violations) {
      Diagnostic d = toDiagnostic(violation).orElseThrow(() -> new IllegalStateException(
          "a violation outside the rule catalogue: " + violation.getPropertyPath() + ": "
              + violation.getMessageTemplate()));
      if (!suppressedRules.contains(Rule.ofId(d.getCode()))
          && !suppressedPaths.contains(pathKey(d.getCode(), d.getLocation().getPath()))) {
        kept.add(d);
      }
    }
    return kept;
  }

  /**
   * The finding a Bean Validation violation stands for, when it comes from a rule of the
   * catalogue: the one call a user of a plain {@code jakarta.validation.Validator} (or Spring's
   * {@code @Valid}) needs.
   *
   * <pre>{@code
   * for (ConstraintViolation<AnnualReport> v : validator.validate(report)) {
   *   ReportValidator.toDiagnostic(v).ifPresent(d -> System.out.println(d.getSeverity() + " "
   *       + d.getCode() + " " + d.getLocation().getPath()));
   * }
   * }</pre>
   *
   * @param violation a violation from any Hibernate Validator {@code Validator}, not null
   * @return the finding, or empty for a violation of some other constraint
   */
  public static Optional<Diagnostic> toDiagnostic(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    if (!(violation instanceof HibernateConstraintViolation<?> hv)) {
      return Optional.empty();
    }
    return Optional.ofNullable(hv.getDynamicPayload(Diagnostic.class));
  }

  /**
   * The underlying Bean Validation validator, with messages in the builder's
   * {@linkplain Builder#locale locale}: the rules apply as plain constraints, without suppression
   * or ordering.
   *
   * @return the validator, thread-safe
   */
  public Validator getValidator() {
    return plain;
  }

  private static String pathKey(String ruleId, String path) {
    return ruleId + ' ' + path;
  }

  /** The message locale for a requested one: Chinese for language {@code zh}, else English. */
  private static Locale messageLocale(Locale requested) {
    return "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
  }

  /** Leaves a message template as it is: the facade reads the findings' own messages. */
  private static final class TemplateAsIs implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  /** Configures a {@link ReportValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {

    private Clock clock = Clock.systemDefaultZone();
    private Locale locale = CHINESE;
    private boolean narrativeChecks;
    private final Set<Rule> suppressedRules = new HashSet<>();
    private final Set<String> suppressedPaths = new HashSet<>();

    private Builder() {}

    /**
     * The clock whose year is the current year of {@code YEAR-RANGE}; default the system clock.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The language of the messages of {@link ReportValidator#getValidator()}'s violations:
     * Chinese for language {@code zh} (the default), English for any other. The findings of
     * {@code validate} carry both.
     *
     * @param locale the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Whether to run the heuristic checks of the {@link NarrativeChecks} group too (text against
     * tables, hints, shares); default {@code false}, the form's rule catalogue only.
     *
     * @param on whether to run them
     * @return this builder
     */
    public Builder narrativeChecks(boolean on) {
      this.narrativeChecks = on;
      return this;
    }

    /**
     * Drops every finding of a rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder suppress(Rule rule) {
      suppressedRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Drops every finding of the rule with a stable id.
     *
     * @param ruleId the id, e.g. {@code CELL-MISSING}
     * @return this builder
     * @throws IllegalArgumentException when no rule has the id
     */
    public Builder suppress(String ruleId) {
      return suppress(Rule.ofId(ruleId));
    }

    /**
     * Drops the findings of a rule reported on one JSON path, e.g.
     * {@code suppress("LIT-TOTAL", "reviewAndLitigation.review.total")}; for a series rule, in
     * every year.
     *
     * @param ruleId the id
     * @param path the JSON path, as {@code Location.getPath()} gives it
     * @return this builder
     * @throws IllegalArgumentException when no rule has the id
     */
    public Builder suppress(String ruleId, String path) {
      suppressedPaths.add(pathKey(Rule.ofId(ruleId).getId(), Objects.requireNonNull(path, "path")));
      return this;
    }

    /**
     * Builds the validator (this builds a Hibernate Validator factory: do it once).
     *
     * @return the validator
     */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
