package org.ogireport.validation;

import jakarta.validation.Payload;
import org.ogireport.core.constraints.SeverityPayload;

/**
 * How serious a rule violation is: {@link #ERROR} makes a report invalid, {@link #WARNING} does
 * not.
 *
 * <pre>{@code
 * Severity.ERROR.getCode();   // "error"
 * }</pre>
 */
public enum Severity {
  /** The report breaks the form; {@link ValidationResult#isValid()} is false. */
  ERROR("error", SeverityPayload.Error.class),
  /** Worth a look; the report stays valid. */
  WARNING("warning", SeverityPayload.Warning.class);

  private final String code;
  private final Class<? extends Payload> payload;

  Severity(String code, Class<? extends Payload> payload) {
    this.code = code;
    this.payload = payload;
  }

  /** The lower-case code used in output: {@code "error"} or {@code "warning"}. */
  public String getCode() {
    return code;
  }

  /** The Bean Validation payload that carries this severity on a constraint declaration. */
  public Class<? extends Payload> getPayload() {
    return payload;
  }

  @Override
  public String toString() {
    return code;
  }
}
