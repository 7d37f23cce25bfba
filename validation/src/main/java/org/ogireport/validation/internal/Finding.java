package org.ogireport.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.ogireport.core.Cell;
import org.ogireport.core.Column;
import org.ogireport.core.Row;
import org.ogireport.core.Table;
import org.ogireport.validation.Rule;
import org.ogireport.validation.Sides;
import org.ogireport.validation.ViolationDetails;

/**
 * One violation a class-level validator found, built up and then reported on its JSON path: the
 * reusable way every rule validator reports (and the way to add rules later, series rules
 * included).
 *
 * <pre>{@code
 * Finding.of(Rule.LIT_TOTAL, "reviewAndLitigation.review.total")
 *     .read(table, CaseBlock.REVIEW, CaseResult.UPHELD)
 *     ...
 *     .sides(printedTotal, computedSum)
 *     .reportTo(context);
 * }</pre>
 *
 * <p>{@link #reportTo} switches off the default violation, adds one violation whose property
 * path is the JSON path (one property node per dotted segment), sets the message parameters
 * {@code path}, {@code cell} (the printed name of the place, {@link CellNames}), {@code left},
 * {@code right}, {@code difference} and any {@link #param} ones, and
 * attaches a {@link ViolationDetails} as dynamic payload. Build a finding only when the rule
 * fails: the passing path allocates nothing.
 */
public final class Finding {

  private final Rule rule;
  private final String path;
  private final Map<String, Cell> cells = new LinkedHashMap<>();
  private final Map<String, String> params = new LinkedHashMap<>();
  private Sides sides;

  private Finding(Rule rule, String path) {
    this.rule = rule;
    this.path = path;
  }

  /** A finding of a rule on the cell at a JSON path such as {@code applications.newReceived.total}. */
  public static Finding of(Rule rule, String path) {
    return new Finding(rule, path);
  }

  /** Records a cell the rule read, under its JSON path. */
  public Finding read(String cellPath, Cell cell) {
    cells.put(cellPath, cell);
    return this;
  }

  /** Records the cell of a table at a row and column. */
  public <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding read(
      Table<R, C> table, R row, C column) {
    return read(table.getLayout().getSlot(row, column).getPath(), table.get(row, column));
  }

  /** Records the cells of a table in one row, in the given columns. */
  public <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding readRow(
      Table<R, C> table, R row, Iterable<C> columns) {
    for (C column : columns) {
      read(table, row, column);
    }
    return this;
  }

  /** Records the cells of a table in one column, in the given rows. */
  public <R extends Enum<R> & Row<C>, C extends Enum<C> & Column> Finding readColumn(
      Table<R, C> table, Iterable<R> rows, C column) {
    for (R row : rows) {
      read(table, row, column);
    }
    return this;
  }

  /** The two sides compared (left as the rule states it, usually the printed value). */
  public Finding sides(Sides compared) {
    this.sides = compared;
    return this;
  }

  /** Two whole-number sides. */
  public Finding sides(long left, long right) {
    return sides(Sides.of(left, right));
  }

  /** A further message parameter, e.g. {@code expected} for {@code EDITION-YEAR}. */
  public Finding param(String name, Object value) {
    params.put(name, String.valueOf(value));
    return this;
  }

  /** Adds the violation to the context of the validator's current {@code isValid} call. */
  public void reportTo(ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    hv.addMessageParameter("path", path);
    hv.addMessageParameter("cell", CellNames.of(path));
    if (sides != null) {
      hv.addMessageParameter("left", sides.getLeft().toPlainString());
      hv.addMessageParameter("right", sides.getRight().toPlainString());
      hv.addMessageParameter("difference", sides.getDifference().toPlainString());
    }
    params.forEach(hv::addMessageParameter);
    hv.withDynamicPayload(ViolationDetails.of(rule, path, cells, sides));
    String[] segments = path.split("\\.");
    NodeBuilderCustomizableContext node =
        hv.buildConstraintViolationWithTemplate(hv.getDefaultConstraintMessageTemplate())
            .addPropertyNode(segments[0]);
    for (int i = 1; i < segments.length; i++) {
      node = node.addPropertyNode(segments[i]);
    }
    node.addConstraintViolation();
  }
}
