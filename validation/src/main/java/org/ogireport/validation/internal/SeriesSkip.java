package org.ogireport.validation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ogireport.core.Edition;
import org.ogireport.core.analysis.YearStep;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Severity;
import org.ogireport.core.rules.Rule;

/**
 * Why a series rule did not compare a pair of years: a message key of the bundles and its
 * parameters, made a {@link Diagnostic} (severity info) only when asked.
 */
final class SeriesSkip {

  private final Rule rule;
  private final YearStep step;
  private final String key;
  private final Map<String, Object> arguments = new LinkedHashMap<>();

  private SeriesSkip(Rule rule, YearStep step, String reason) {
    this.rule = rule;
    this.step = step;
    this.key = "org.ogireport.rule.skipped." + reason;
    argument("previousYear", step.getPrevious().getYear());
    argument("year", step.getCurrent().getYear());
  }

  /** The pair crosses the edition change and the rule compares two years of one edition. */
  static SeriesSkip editionChange(Rule rule, YearStep step) {
    StringBuilder editions = new StringBuilder();
    for (Edition e : rule.getEditions()) {
      editions.append(editions.length() == 0 ? "" : " or ").append(e.getCode());
    }
    return new SeriesSkip(rule, step, "edition-change")
        .argument("previousEdition", step.getPrevious().getEdition().getCode())
        .argument("edition", step.getCurrent().getEdition().getCode())
        .argument("rule", rule.getId())
        .argument("editions", editions.toString());
  }

  /** A reason of one check, e.g. {@code no-section}, with its parameters added next. */
  static SeriesSkip of(Rule rule, YearStep step, String reason) {
    return new SeriesSkip(rule, step, reason);
  }

  /** A parameter of the message. */
  SeriesSkip argument(String name, Object value) {
    arguments.put(name, value);
    return this;
  }

  /** The diagnostic: the rule's id, severity info, this year of the series, the reason. */
  Diagnostic toDiagnostic() {
    Diagnostic.Builder builder = Diagnostic.builder(rule.getId(), Severity.INFO)
        .location(Location.report().inYear(step.getCurrent().getYear()));
    arguments.forEach(builder::argument);
    return builder.message(Messages.BUNDLE, key).build();
  }
}
