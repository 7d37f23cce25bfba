package org.ogireport.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.core.Article20Item;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/** Every rule has its check and every check its rule; the Bean Validation contracts. */
class ValidatorContractTest {

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasItsCheckOfTheKindItsGroupNeeds(Rule rule) throws ClassNotFoundException {
    Class<?> check = Class.forName(Checks.className(rule));
    Class<?> kind = rule.getGroup() == RuleGroup.SERIES ? SeriesCheck.class : ReportCheck.class;
    assertTrue(kind.isAssignableFrom(check), check + " is a " + kind.getSimpleName());
    assertEquals(rule, Checks.ruleOf(check));
  }

  @Test
  void everyCheckClassChecksARule() throws IOException, URISyntaxException {
    Path dir = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(Check.class.getPackageName().replace('.', '/'));
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(Check.class.getPackageName() + "."
            + name.substring(0, name.length() - ".class".length()), false,
            Check.class.getClassLoader());
        if (Check.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
          checked.add(Checks.ruleOf(type).getId());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    assertEquals(Arrays.stream(Rule.values()).map(Rule::getId).sorted().toList(),
        checked.stream().sorted().toList());
  }

  @Test
  void aClassNamedAfterNoRuleIsRefusedNamingTheConvention() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Checks.ruleOf(String.class));
    assertEquals("java.lang.String is named after no rule of the catalogue: a check of "
        + "APP_ROW_TOTAL is named AppRowTotalCheck", e.getMessage());
  }

  @Test
  void eachEditionRunsTheChecksOfTheRulesThatApplyToItInCatalogueOrder() {
    for (RuleGroup group : List.of(RuleGroup.CATALOGUE, RuleGroup.NARRATIVE)) {
      ReportCheck[][] checks = Checks.ofReports(group);
      for (Edition edition : Edition.values()) {
        assertEquals(Rule.of(group).stream().filter(r -> r.appliesTo(edition)).toList(),
            Arrays.stream(checks[edition.ordinal()]).map(c -> c.rule).toList());
      }
    }
    assertEquals(Rule.of(RuleGroup.SERIES),
        Checks.ofSeries().stream().map(c -> c.rule).toList());
  }

  @Test
  void bothValidatorsTakeNullAsValidAsBeanValidationRequires() {
    assertTrue(new ReportRulesValidator().isValid(null, null));
    assertTrue(new SeriesRulesValidator().isValid(null, null));
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
}
