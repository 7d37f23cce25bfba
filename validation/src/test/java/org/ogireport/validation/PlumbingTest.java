package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Bean Validation plumbing the facade configures, probed one by one. */
class PlumbingTest {

  @Test
  void everythingIsTraversable() {
    AlwaysTraversable resolver = new AlwaysTraversable();
    assertTrue(resolver.isReachable(null, null, null, null, null));
    assertTrue(resolver.isCascadable(null, null, null, null, null));
  }

  @Test
  void theFixedLocaleInterpolatorUsesItsLocaleUnlessOneIsGiven() {
    MessageInterpolator echo = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return template + " default";
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return template + " " + locale;
      }
    };
    FixedLocaleInterpolator fixed = new FixedLocaleInterpolator(echo, Locale.SIMPLIFIED_CHINESE);
    assertEquals("m zh_CN", fixed.interpolate("m", null));
    assertEquals("m en", fixed.interpolate("m", null, Locale.ENGLISH));
  }
}
