package org.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.ogireport.core.samples.Samples;
import org.ogireport.core.constraints.NarrativeChecks;
import org.ogireport.core.constraints.RuleCatalogue;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/** The catalogue agrees with its one constraint and the bundles; the API around it. */
class CatalogueAndApiTest {

  @Test
  void theCatalogueIsDeclaredOncePerGroupOnTheReportAndOnceOnTheSeries() {
    for (Class<?> type : List.of(Report2019.class, Report2021.class)) {
      List<List<Class<?>>> groups = List.of(type.getAnnotationsByType(RuleCatalogue.class))
          .stream().map(a -> List.<Class<?>>of(a.groups())).toList();
      assertEquals(List.of(List.of(), List.of(NarrativeChecks.class)), groups);
    }
    assertEquals(0, AnnualReport.class.getAnnotationsByType(RuleCatalogue.class).length);
    assertEquals(1, ReportSeries.class.getAnnotationsByType(RuleCatalogue.class).length);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void eachRuleHasAnEnglishAndAChineseMessage(Rule rule) throws IOException {
    String english = bundle("").getProperty(rule.getMessageKey());
    String chinese = bundle("_zh_CN").getProperty(rule.getMessageKey());
    assertTrue(english != null && !english.isBlank(), rule.getId());
    assertTrue(chinese != null && chinese.codePoints().anyMatch(c -> c >= 0x4E00), rule.getId());
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertEquals(bundle("").stringPropertyNames(), bundle("_zh_CN").stringPropertyNames());
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CatalogueAndApiTest.class.getResourceAsStream(
        "/ContributorValidationMessages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
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
  void aPlainValidatorAppliesTheRulesOnJsonPathsAndGivesTheSameDiagnostics() {
    AnnualReport report = Samples.hongze2023();
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
      assertEquals("{org.ogireport.rule.LIT-TOTAL}", review.getMessageTemplate());
      Diagnostic d = ReportValidator.toDiagnostic(review).orElseThrow();
      assertEquals("LIT-TOTAL", d.getCode());
      assertEquals(Severity.ERROR, d.getSeverity());
      assertEquals("reviewAndLitigation.review.total", d.getLocation().getPath());
      assertEquals("11", d.getSides().orElseThrow().getRight().toPlainString());
      List<Diagnostic> viaFacade = ReportValidator.builder().clock(Fixture.CLOCK).build()
          .validate(report).getDiagnostics();
      assertTrue(viaFacade.contains(d), viaFacade.toString());
      assertEquals(Set.copyOf(viaFacade), violations.stream()
          .map(v -> ReportValidator.toDiagnostic(v).orElseThrow())
          .collect(java.util.stream.Collectors.toSet()));
    }
  }

  @Test
  void hibernateValidatorsMessageIsTheDiagnosticsInTheValidatorsLanguage() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.review.set(CaseBlock.REVIEW, CaseResult.TOTAL, 0);
    f.year = 2020;
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Validator plain = ReportValidator.builder().clock(Fixture.CLOCK).locale(locale).build()
          .getValidator();
      Set<ConstraintViolation<AnnualReport>> found = plain.validate(f.build());
      assertEquals(2, found.size());
      for (ConstraintViolation<AnnualReport> v : found) {
        assertEquals(ReportValidator.toDiagnostic(v).orElseThrow().getMessage(locale),
            v.getMessage());
      }
    }
  }

  @Test
  void aPlainValidatorBuiltTheReadmeWayStartsAndAppliesEveryGroup() {
    // the README: on plain Java SE, org.glassfish.expressly:expressly beside this jar, then
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Fixture f = Fixture.valid(Edition.V2021);
      f.review.set(CaseBlock.REVIEW, CaseResult.TOTAL, 0);
      Set<ConstraintViolation<AnnualReport>> found =
          validator.validate(f.build(), Default.class, NarrativeChecks.class);
      assertEquals(List.of("LIT-TOTAL reviewAndLitigation.review.total"), found.stream()
          .map(v -> ReportValidator.toDiagnostic(v).orElseThrow())
          .map(d -> d.getCode() + " " + d.getLocation().getPath()).toList());
      assertTrue(found.iterator().next().getMessage().contains("12"),
          found.iterator().next().getMessage());
    }
  }

  @Test
  void aViolationOfAnotherConstraintIsNoDiagnostic() {
    record Named(@jakarta.validation.constraints.NotNull String name) {}
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      ConstraintViolation<Named> other =
          factory.getValidator().validate(new Named(null)).iterator().next();
      assertTrue(ReportValidator.toDiagnostic(other).isEmpty());
    }
  }

  @Test
  void eachGroupOfTheCatalogueRunsInItsBeanValidationGroup() {
    Fixture f = Fixture.valid(Edition.V2021);
    f.review.set(CaseBlock.REVIEW, CaseResult.TOTAL, 0);
    Validator plain = ReportValidator.builder().clock(Fixture.CLOCK).build().getValidator();
    assertEquals(Set.of(RuleGroup.CATALOGUE), plain.validate(f.build()).stream()
        .map(v -> Rule.ofId(ReportValidator.toDiagnostic(v).orElseThrow().getCode()).getGroup())
        .collect(java.util.stream.Collectors.toSet()));
    assertEquals(Set.of(), plain.validate(f.build(), NarrativeChecks.class));
  }

  @Test
  void messagesComeInChineseForChineseLocalesAndEnglishForAnyOtherWhateverTheJvmDefault() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      Fixture f = Fixture.valid(Edition.V2021);
      f.review.set(CaseBlock.REVIEW, CaseResult.TOTAL, 0);
      ReportValidator validator = ReportValidator.builder().clock(Fixture.CLOCK).build();
      Diagnostic d = validator.validate(f.build()).getDiagnostics().get(0);
      assertTrue(d.getMessage(Locale.FRENCH).contains("but upheld, corrected"));
      assertTrue(d.getMessage(Locale.TRADITIONAL_CHINESE).contains("总计填报为 0"));
      assertTrue(ReportValidator.builder().clock(Fixture.CLOCK).locale(Locale.ENGLISH).build()
          .getValidator().validate(f.build()).iterator().next().getMessage()
          .contains("add up to 12"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
