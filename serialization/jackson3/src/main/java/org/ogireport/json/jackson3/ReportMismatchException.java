package org.ogireport.json.jackson3;

import org.ogireport.core.AnnualReport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What the {@link OgiReportModule}'s deserializer throws for JSON that is well formed but not a
 * report: a missing or unknown field, a wrong type, a cell of the other edition. It carries the
 * report's own dotted JSON path (e.g. {@code applications.newReceived.total}) beside Jackson's
 * location.
 */
public final class ReportMismatchException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  /** The dotted JSON path of the offending value; empty for the root. */
  private final String path;
  /** What is wrong, without the location. */
  private final String reason;

  ReportMismatchException(JsonParser parser, String path, TokenStreamLocation at, String reason) {
    super(parser, path.isEmpty() ? reason : path + ": " + reason, at);
    this.path = path;
    this.reason = reason;
    _targetType = AnnualReport.class;
  }

  /**
   * The dotted JSON path of the offending value.
   *
   * @return the path; empty for the root
   */
  public String getReportPath() {
    return path;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String getReason() {
    return reason;
  }
}
