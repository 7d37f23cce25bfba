package org.ogireport.core.constraints;

import jakarta.validation.Payload;

/**
 * The severity of a rule as a Bean Validation {@link Payload}, declared where the constraint is
 * used:
 *
 * <pre>{@code
 * @CellMissing(payload = SeverityPayload.Warning.class)
 * }</pre>
 *
 * <p>Read it back from {@code violation.getConstraintDescriptor().getPayload()}.
 */
public final class SeverityPayload {

  private SeverityPayload() {}

  /** The report breaks the form: a sum that does not add up, a negative count, a bad year. */
  public interface Error extends Payload {}

  /** Worth a look, but real reports do it: a blank cell, a year on the other edition's form. */
  public interface Warning extends Payload {}
}
