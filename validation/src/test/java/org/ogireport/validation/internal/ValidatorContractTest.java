package org.ogireport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.MessageInterpolator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;

/** The Bean Validation contracts the internal classes keep, probed one by one. */
class ValidatorContractTest {

  @Test
  void everyRuleValidatorTakesNullAsValidAsBeanValidationRequires() {
    List<ConstraintValidator<?, ?>> validators = List.of(
        new AppRowTotalValidator(), new AppOutcomeTotalValidator(), new AppBalanceValidator(),
        new LitTotalValidator(), new CellNegativeValidator(), new CellMissingValidator(),
        new A20PublishedValidator(), new A20IssuedValidator(), new A20ProjectsValidator(),
        new EditionYearValidator(), new YearRangeValidator());
    for (ConstraintValidator<?, ?> validator : validators) {
      @SuppressWarnings("unchecked")
      ConstraintValidator<?, Object> v = (ConstraintValidator<?, Object>) validator;
      assertTrue(v.isValid(null, null), validator.getClass().getSimpleName());
    }
  }

  @Test
  void theArticle20RowsOfEachItemAreTheFormsRowsInPrintedOrder() {
    assertEquals(List.of(Disclosure2019Row.RULES, Disclosure2019Row.NORMATIVE_DOCUMENTS),
        Article20Rows.of2019(Article20Item.ITEM_1));
    assertEquals(List.of(Disclosure2019Row.PROCUREMENT), Article20Rows.of2019(Article20Item.ITEM_9));
    assertEquals(List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS),
        Article20Rows.of2021(Article20Item.ITEM_1));
    assertEquals(List.of(Disclosure2021Row.PENALTIES, Disclosure2021Row.COMPULSION),
        Article20Rows.of2021(Article20Item.ITEM_6));
    assertEquals(List.of(), Article20Rows.of2021(Article20Item.ITEM_9));
  }

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
