package org.ogireport.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * A message interpolator that always uses one locale, whatever the JVM default: one
 * {@code Validator} per message locale is made with it, so the locale is chosen per call without
 * thread-local state.
 */
final class FixedLocaleInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate;
  private final Locale locale;

  /** Interpolates through {@code delegate} in {@code locale}. */
  FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, locale);
  }
}
