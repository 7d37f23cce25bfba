package org.ogireport.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ogireport.core.Edition;
import org.ogireport.core.rules.Rule;
import org.ogireport.core.rules.RuleGroup;

/**
 * Finds each rule's check from its {@link Rule} entry by name: the constant {@code APP_ROW_TOTAL}
 * is checked by {@code AppRowTotalCheck} in this package, {@code A20_ISSUED} by
 * {@code A20IssuedCheck}. No list of checks exists anywhere: adding a rule is its entry, its
 * check class and its messages. A rule without its check, or a check of the wrong kind for its
 * group, fails when this class initialises, naming the class expected.
 */
final class Checks {

  private static final Map<Rule, Check> ALL = load();

  private Checks() {}

  /** The name of the class that checks a rule, e.g. {@code …internal.AppRowTotalCheck}. */
  static String className(Rule rule) {
    StringBuilder name = new StringBuilder(Checks.class.getPackageName()).append('.');
    for (String word : rule.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.append("Check").toString();
  }

  /** The rule a check class checks. */
  static Rule ruleOf(Class<?> checkClass) {
    for (Rule rule : Rule.values()) {
      if (className(rule).equals(checkClass.getName())) {
        return rule;
      }
    }
    throw new IllegalStateException(checkClass.getName() + " is named after no rule of the "
        + "catalogue: a check of APP_ROW_TOTAL is named AppRowTotalCheck");
  }

  /**
   * The checks of a group of single-report rules, per edition (by ordinal), in catalogue order.
   */
  static ReportCheck[][] ofReports(RuleGroup group) {
    ReportCheck[][] byEdition = new ReportCheck[Edition.values().length][];
    for (Edition edition : Edition.values()) {
      List<ReportCheck> checks = new ArrayList<>();
      for (Rule rule : Rule.of(group)) {
        if (rule.appliesTo(edition)) {
          checks.add((ReportCheck) ALL.get(rule));
        }
      }
      byEdition[edition.ordinal()] = checks.toArray(new ReportCheck[0]);
    }
    return byEdition;
  }

  /** The checks of the series rules, in catalogue order. */
  static List<SeriesCheck> ofSeries() {
    List<SeriesCheck> checks = new ArrayList<>();
    for (Rule rule : Rule.of(RuleGroup.SERIES)) {
      checks.add((SeriesCheck) ALL.get(rule));
    }
    return List.copyOf(checks);
  }

  private static Map<Rule, Check> load() {
    Map<Rule, Check> checks = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      Class<?> kind = rule.getGroup() == RuleGroup.SERIES ? SeriesCheck.class : ReportCheck.class;
      String name = className(rule);
      try {
        Class<?> type = Class.forName(name);
        if (!kind.isAssignableFrom(type)) {
          throw new IllegalStateException(name + " checks " + rule + " (group "
              + rule.getGroup() + ") and must extend " + kind.getSimpleName());
        }
        checks.put(rule, (Check) type.getDeclaredConstructor().newInstance());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("rule " + rule + " has no check: expected " + name, e);
      } catch (ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
        throw new IllegalStateException(name + " cannot be made: " + cause, cause);
      }
    }
    return checks;
  }
}
