package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Sides;
import org.ogireport.core.rules.Rule;

/**
 * One finding of a check, built up and then reported as one Bean Validation violation: the way
 * every check reports.
 *
 * <pre>{@code
 * finding(table.getLayout().getSlot(CaseBlock.REVIEW, CaseResult.TOTAL))
 *     .readRow(table, CaseBlock.REVIEW, CaseResult.parts())
 *     .sides(printedTotal, computedSum)
 *     .reportTo(context);
 * }</pre>
 *
 * <p>{@link #reportTo} switches off the default violation and adds one whose property path is the
 * JSON path (one property node per dotted segment, under {@code reports[i]} for a series), whose
 * message template is the rule's key with the parameters {@code path}, {@code cell} (the printed
 * name of the place, {@link CellNames}), {@code left}, {@code right}, {@code difference} and any
 * {@link #param} ones, and whose dynamic payload is the finding as a {@link Diagnostic} with its
 * messages in Chinese and English. Build a finding only when the rule fails: the passing path
 * allocates nothing.
 */
final class Finding {

  private final Rule rule;
  private final Location location;
  private final Map<Location, Cell> cells = new LinkedHashMap<>();
  private final Map<String, Object> params = new LinkedHashMap<>();
  private Sides sides;
  private int reportIndex = -1;

  private Finding(Rule rule, Location location) {
    this.rule = rule;
    this.location = location;
  }

  /** A finding of a rule at a location. */
  static Finding of(Rule rule, Location location) {
    return new Finding(rule, location);
  }

  /** Records a value the rule read. */
  Finding read(Location where, Cell cell) {
    cells.put(where, cell);
    return this;
  }

  /** Records the cell of a table at a row and column. */
  <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding read(
      Table<R, C> table, R row, C column) {
    return read(Location.of(table.getLayout().getSlot(row, column)), table.get(row, column));
  }

  /** Records the cells of a table in one row, in the given columns. */
  <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding readRow(
      Table<R, C> table, R row, Iterable<C> columns) {
    for (C column : columns) {
      read(table, row, column);
    }
    return this;
  }

  /** Records the cells of a table in one column, in the given rows. */
  <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding readColumn(
      Table<R, C> table, Iterable<R> rows, C column) {
    for (R row : rows) {
      read(table, row, column);
    }
    return this;
  }

  /** The two sides compared (left as the rule states it, usually the printed value). */
  Finding sides(Sides compared) {
    this.sides = compared;
    return this;
  }

  /** Two whole-number sides. */
  Finding sides(long left, long right) {
    return sides(Sides.of(left, right));
  }

  /** A further message parameter, e.g. {@code expected} for {@code EDITION-YEAR}. */
  Finding param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  /** The finding is about the report at an index of the {@code ReportSeries} validated. */
  Finding inReport(int index) {
    this.reportIndex = index;
    return this;
  }

  /** The finding as a diagnostic, its messages in both languages made from the parameters. */
  private Diagnostic toDiagnostic(Map<String, Object> values) {
    Diagnostic.Builder builder =
        Diagnostic.builder(rule.getId(), rule.getSeverity()).location(location);
    cells.forEach(builder::cell);
    if (sides != null) {
      builder.sides(sides);
    }
    params.forEach(builder::argument);
    String key = rule.getMessageKey();
    return builder.message(Messages.BUNDLE.format(key, Locale.SIMPLIFIED_CHINESE, values),
            Messages.BUNDLE.format(key, Locale.ENGLISH, values))
        .build();
  }

  private Map<String, Object> messageParameters() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("path", location.getYear().isPresent()
        ? location.getYear().getAsInt() + ":" + location.getPath()
        : location.getPath());
    values.put("cell", CellNames.of(location));
    if (sides != null) {
      values.put("left", sides.getLeft().toPlainString());
      values.put("right", sides.getRight().toPlainString());
      values.put("difference", sides.getDifference().toPlainString());
    }
    params.forEach((name, value) -> values.put(name, String.valueOf(value)));
    return values;
  }

  /** Adds the violation to the context of the validator's current {@code isValid} call. */
  void reportTo(ConstraintValidatorContext context) {
    Map<String, Object> values = messageParameters();
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    values.forEach(hv::addMessageParameter);
    hv.withDynamicPayload(toDiagnostic(values));
    String[] segments = location.getPath().split("\\.");
    ConstraintViolationBuilder violation =
        hv.buildConstraintViolationWithTemplate("{" + rule.getMessageKey() + "}");
    NodeBuilderCustomizableContext node;
    int next = 1;
    if (reportIndex < 0) {
      node = violation.addPropertyNode(segments[0]);
    } else if (segments.length == 1) {
      violation.addPropertyNode("reports").addPropertyNode(segments[0])
          .inIterable().atIndex(reportIndex).addConstraintViolation();
      return;
    } else {
      // reports[i].first.second…: the index belongs to "reports", given on the node after it
      node = violation.addPropertyNode("reports").addPropertyNode(segments[0])
          .inIterable().atIndex(reportIndex).addPropertyNode(segments[1]);
      next = 2;
    }
    for (int i = next; i < segments.length; i++) {
      node = node.addPropertyNode(segments[i]);
    }
    node.addConstraintViolation();
  }
}
