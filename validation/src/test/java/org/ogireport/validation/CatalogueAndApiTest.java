package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.analysis.ReportSeries;

/** The catalogue agrees with the annotations, payloads and bundles; the API around it. */
class CatalogueAndApiTest {

  @ParameterizedTest
  @EnumSource(Rule.class)
  void eachRuleIsDeclaredOnTheEditionsItAppliesToWithItsSeverityAsPayload(Rule rule)
      throws Exception {
    for (Edition edition : Edition.values()) {
      Class<?> type = edition == Edition.V2019 ? Report2019.class : Report2021.class;
      Annotation declared = type.getAnnotation(rule.getConstraint());
      assertEquals(!rule.isSeriesRule() && rule.appliesTo(edition), declared != null,
          rule + " on " + type.getSimpleName());
      if (rule.isSeriesRule()) {
        // series rules are declared once, on the series; appliesTo names the editions of a pair
        declared = ReportSeries.class.getAnnotation(rule.getConstraint());
        assertTrue(declared != null, rule + " on ReportSeries");
      }
      if (declared != null) {
        Class<?>[] payload = (Class<?>[]) declared.annotationType().getMethod("payload").invoke(declared);
        assertEquals(Set.of(rule.getSeverity().getPayload()), Set.of(payload));
        String message = (String) declared.annotationType().getMethod("message").invoke(declared);
        assertEquals("{" + rule.getMessageKey() + "}", message);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void eachRuleHasAnEnglishAndAChineseMessage(Rule rule) throws IOException {
    String english = bundle("").getProperty(rule.getMessageKey());
    String chinese = bundle("_zh_CN").getProperty(rule.getMessageKey());
    assertTrue(english != null && !english.isBlank(), rule.getId());
    assertTrue(chinese != null && chinese.codePoints().anyMatch(c -> c >= 0x4E00), rule.getId());
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CatalogueAndApiTest.class.getResourceAsStream(
        "/ContributorValidationMessages" + suffix + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void ruleIdsAreLookedUpAndUnknownOnesNamed() {
    assertEquals(Rule.A20_PROJECTS, Rule.ofId("A20-PROJECTS"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportValidator.builder().suppress("LIT-TOTALS"));
    assertTrue(e.getMessage().startsWith("unknown rule id 'LIT-TOTALS': expected one of "
        + "APP-ROW-TOTAL, APP-OUTCOME-TOTAL"), e.getMessage());
  }

  @Test
  void aPlainValidatorAppliesTheRulesOnJsonPathsWithSeverityPayloads() {
    AnnualReport report = RealWorldReportTest.hongze2023();
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> Fixture.CLOCK)
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);
      assertEquals(16, violations.size());
      ConstraintViolation<AnnualReport> review = violations.stream()
          .filter(v -> v.getPropertyPath().toString().equals("reviewAndLitigation.review.total"))
          .findFirst().orElseThrow();
      Set<Class<? extends Payload>> payload = review.getConstraintDescriptor().getPayload();
      assertEquals(Set.of(Severity.ERROR.getPayload()), payload);
      RuleViolation rv = RuleViolation.from(review, Locale.ENGLISH).orElseThrow();
      assertEquals("LIT-TOTAL", rv.getRuleId());
      assertEquals("11", rv.getSides().orElseThrow().getRight().toPlainString());
    }
  }

  @Test
  void localesOtherThanChineseGetEnglishWhateverTheJvmDefault() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      Fixture f = Fixture.valid(Edition.V2021);
      f.review.set(CaseBlock.REVIEW, CaseResult.TOTAL, 0);
      ReportValidator validator = ReportValidator.builder().clock(Fixture.CLOCK).build();
      ValidationResult french = validator.validate(f.build(), Locale.FRENCH);
      assertEquals(Locale.ENGLISH, french.getLocale());
      assertTrue(french.getViolations().get(0).getMessage().contains("but upheld, corrected"));
      assertTrue(validator.validate(f.build(), Locale.TRADITIONAL_CHINESE)
          .getViolations().get(0).getMessage().contains("总计填报为 0"));
      assertTrue(ReportValidator.builder().clock(Fixture.CLOCK).locale(Locale.ENGLISH).build()
          .validate(f.build()).getViolations().get(0).getMessage().contains("add up to 12"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
