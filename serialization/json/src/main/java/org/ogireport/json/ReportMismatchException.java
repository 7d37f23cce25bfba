package org.ogireport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.ogireport.core.AnnualReport;

/**
 * What the {@link OgiReportModule}'s deserializer throws for JSON that is well formed but not a
 * report: a missing or unknown field, a wrong type, a cell of the other edition. It carries the
 * report's own dotted JSON path (e.g. {@code applications.newReceived.total}) beside Jackson's
 * location. {@link ReportJson} turns it into {@link org.ogireport.core.ReportFormatException}.
 */
public final class ReportMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** The dotted JSON path of the offending value; empty for the root. */
  private final String path;
  /** What is wrong, without the location. */
  private final String reason;

  ReportMismatchException(JsonParser parser, String path, JsonLocation location, String reason) {
    super(parser, path.isEmpty() ? reason : path + ": " + reason, location);
    this.path = path;
    this.reason = reason;
    _targetType = AnnualReport.class;
  }

  /**
   * {@return the dotted JSON path of the offending value, e.g.
   * {@code applications.newReceived.total}; empty for the root}
   */
  public String getReportPath() {
    return path;
  }

  /** {@return what is wrong, without the location, e.g. {@code expected a whole number, got "3"}} */
  public String getReason() {
    return reason;
  }
}
