package org.ogireport.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.ogireport.core.Cell;

/**
 * One violation of a catalogue rule by a report: rule id, severity, the JSON path it is reported
 * on, the cells read, the two sides, and the message in the locale the validation was asked for.
 *
 * <pre>{@code
 * for (RuleViolation v : result) {
 *   System.out.println(v.getSeverity().getCode() + " " + v.getRuleId() + " " + v.getPath()
 *       + ": " + v.getMessage());
 * }
 * // error LIT-TOTAL reviewAndLitigation.review.total: reviewAndLitigation.review.total is 0, ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleViolation {

  private final ViolationDetails details;
  private final String message;
  private final Locale locale;
  private final ConstraintViolation<?> constraintViolation;

  private RuleViolation(
      ViolationDetails details, Locale locale, ConstraintViolation<?> constraintViolation) {
    this.details = details;
    this.message = constraintViolation.getMessage();
    this.locale = locale;
    this.constraintViolation = constraintViolation;
  }

  /**
   * The rule violation a Bean Validation violation stands for, when it comes from a rule of the
   * catalogue (validated by Hibernate Validator with this module's validators).
   *
   * @param violation a violation from any {@code jakarta.validation.Validator}, not null
   * @param locale the locale its message was interpolated in, not null
   * @return the rule violation, or empty for a violation of some other constraint
   */
  public static Optional<RuleViolation> from(ConstraintViolation<?> violation, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (!(violation instanceof HibernateConstraintViolation<?> hv)) {
      return Optional.empty();
    }
    ViolationDetails details = hv.getDynamicPayload(ViolationDetails.class);
    return details == null
        ? Optional.empty()
        : Optional.of(new RuleViolation(details, locale, violation));
  }

  /** The rule violated. */
  public Rule getRule() {
    return details.getRule();
  }

  /** The rule's stable id, e.g. {@code APP-BALANCE}. */
  public String getRuleId() {
    return details.getRule().getId();
  }

  /** The rule's severity; {@code getSeverity().getCode()} is {@code "error"} or {@code "warning"}. */
  public Severity getSeverity() {
    return details.getRule().getSeverity();
  }

  /** The JSON path of the cell the violation is reported on, e.g. {@code applications.newReceived.total}. */
  public String getPath() {
    return details.getPath();
  }

  /** Every cell the rule read, JSON path to cell as published, in reading order. */
  public Map<String, Cell> getCells() {
    return details.getCells();
  }

  /** The two sides compared and their difference; empty for rules that compare none. */
  public Optional<Sides> getSides() {
    return details.getSides();
  }

  /** Everything the rule found, as attached to the Bean Validation violation. */
  public ViolationDetails getDetails() {
    return details;
  }

  /** The message, in {@link #getLocale()}. */
  public String getMessage() {
    return message;
  }

  /** The locale of {@link #getMessage()}. */
  public Locale getLocale() {
    return locale;
  }

  /** The underlying Bean Validation violation. */
  public ConstraintViolation<?> getConstraintViolation() {
    return constraintViolation;
  }

  /** For example {@code error LIT-TOTAL reviewAndLitigation.review.total: …}. */
  @Override
  public String toString() {
    return getSeverity().getCode() + " " + getRuleId() + " " + getPath() + ": " + message;
  }
}
