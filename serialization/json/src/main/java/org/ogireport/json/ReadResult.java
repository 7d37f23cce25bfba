package org.ogireport.json;

import java.util.List;
import java.util.Objects;
import org.ogireport.core.AnnualReport;

/**
 * The outcome of a lenient read: the report as far as it could be read, and every problem met.
 *
 * <pre>{@code
 * ReadResult result = ReportJson.standard().readLenient(Path.of("report.json"));
 * result.getProblems().forEach(System.err::println);   // 40:18: applications.carriedOver.total: missing cell; read as blank
 * AnnualReport report = result.getReport();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {

  private final AnnualReport report;
  private final List<JsonProblem> problems;

  ReadResult(AnnualReport report, List<JsonProblem> problems) {
    this.report = Objects.requireNonNull(report, "report");
    this.problems = List.copyOf(problems);
  }

  /** {@return the report as far as it could be read; cells that could not be read are blank} */
  public AnnualReport getReport() {
    return report;
  }

  /** {@return the problems in document order (line, then column); empty when the input was clean} */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  /** {@return whether the input was read without any problem} */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
