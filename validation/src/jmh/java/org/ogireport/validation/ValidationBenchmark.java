package org.ogireport.validation;

import jakarta.validation.Validator;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CaseBlock;
import org.ogireport.core.CaseResult;
import org.ogireport.core.Cell;
import org.ogireport.core.CellKind;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.Edition;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Table;

/**
 * Full validation of a realistic valid report through {@link ReportValidator} and the plain
 * {@link Validator}, against two floors checking the same sums and cells: {@link HandWrittenFloor}
 * (index tables over {@code getCells()}, the honest floor) and a loop through the public model
 * API ({@code getCount(row, column)} per cell, the reference a user of the model would write).
 *
 * <pre>
 * ./mvnw -B -pl validation -am -Pbenchmarks -DskipTests verify -Djmh.args="-f 1 -wi 2 -i 3"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {

  private ReportValidator reportValidator;
  private Validator plain;
  private AnnualReport report2019;
  private AnnualReport report2021;
  private HandWrittenFloor handWritten;

  @Setup
  public void setUp() {
    reportValidator = ReportValidator.builder().clock(Fixture.CLOCK).build();
    plain = reportValidator.getValidator();
    report2019 = Fixture.valid(Edition.V2019).build();
    report2021 = Fixture.valid(Edition.V2021).build();
    handWritten = new HandWrittenFloor(Year.now(Fixture.CLOCK).getValue());
  }

  @Benchmark
  public ValidationResult reportValidator2021() {
    return reportValidator.validate(report2021);
  }

  @Benchmark
  public ValidationResult reportValidator2019() {
    return reportValidator.validate(report2019);
  }

  @Benchmark
  public Object plainValidator2021() {
    return plain.validate(report2021);
  }

  @Benchmark
  public Object plainValidator2019() {
    return plain.validate(report2019);
  }

  @Benchmark
  public int floorHandWritten2021() {
    return handWritten.violations(report2021);
  }

  @Benchmark
  public int floorHandWritten2019() {
    return handWritten.violations(report2019);
  }

  @Benchmark
  public int floorModelApi2021() {
    return floorModelApi(report2021);
  }

  @Benchmark
  public int floorModelApi2019() {
    return floorModelApi(report2019);
  }

  /** The loop through the public model API: every rule of the catalogue, counting violations. */
  static int floorModelApi(AnnualReport report) {
    int violations = 0;
    Applications a = report.getApplications();
    List<ApplicationRow> rows = a.getLayout().getRows();
    for (int i = 0; i < rows.size(); i++) {
      ApplicationRow row = rows.get(i);
      long sum = 0;
      for (Applicant c : Applicant.parts()) {
        sum += a.getCount(row, c).orZero();
      }
      violations += sum != a.getCount(row, Applicant.TOTAL).orZero() ? 1 : 0;
    }
    List<ApplicationRow> outcomes = ApplicationRow.outcomes(a.getEdition());
    for (Applicant c : Applicant.values()) {
      long sum = 0;
      for (int i = 0; i < outcomes.size(); i++) {
        sum += a.getCount(outcomes.get(i), c).orZero();
      }
      long total = a.getCount(ApplicationRow.OUTCOME_TOTAL, c).orZero();
      violations += sum != total ? 1 : 0;
      violations += a.getCount(ApplicationRow.NEW_RECEIVED, c).orZero()
          + a.getCount(ApplicationRow.CARRIED_OVER, c).orZero()
          != total + a.getCount(ApplicationRow.CARRIED_FORWARD, c).orZero() ? 1 : 0;
    }
    ReviewAndLitigation r = report.getReviewAndLitigation();
    for (CaseBlock b : CaseBlock.values()) {
      long sum = 0;
      for (CaseResult c : CaseResult.parts()) {
        sum += r.getCount(b, c).orZero();
      }
      violations += sum != r.getCount(b, CaseResult.TOTAL).orZero() ? 1 : 0;
    }
    violations += cells(report.getProactiveDisclosure()) + cells(a) + cells(r);
    if (report instanceof Report2019 r19) {
      var t = r19.getProactiveDisclosure();
      for (Disclosure2019Row row : List.of(Disclosure2019Row.RULES, Disclosure2019Row.NORMATIVE_DOCUMENTS)) {
        violations += t.getCount(row, Disclosure2019Column.NEWLY_PUBLISHED).orZero()
            > t.getCount(row, Disclosure2019Column.TOTAL_PUBLISHED).orZero() ? 1 : 0;
      }
      for (Disclosure2019Row row : List.of(Disclosure2019Row.LICENSING, Disclosure2019Row.OTHER_SERVICES,
          Disclosure2019Row.PENALTIES, Disclosure2019Row.COMPULSION, Disclosure2019Row.FEES)) {
        violations += t.getCount(row, Disclosure2019Column.PREVIOUS_YEAR).orZero()
            + t.getCount(row, Disclosure2019Column.CHANGE).orZero() < 0 ? 1 : 0;
      }
    } else if (report instanceof Report2021 r21) {
      var t = r21.getProactiveDisclosure();
      for (Disclosure2021Row row : List.of(Disclosure2021Row.RULES, Disclosure2021Row.NORMATIVE_DOCUMENTS)) {
        violations += t.getCount(row, Disclosure2021Column.ISSUED).orZero()
            > t.getCount(row, Disclosure2021Column.IN_FORCE).orZero()
                + t.getCount(row, Disclosure2021Column.REPEALED).orZero() ? 1 : 0;
      }
    }
    violations += report.getEdition() != Edition.forYear(report.getYear()) ? 1 : 0;
    int year = report.getYear();
    violations += year < 2008 || year > Year.now(Fixture.CLOCK).getValue() ? 1 : 0;
    return violations;
  }

  private static int cells(Table<?, ?> table) {
    int violations = 0;
    List<Cell> cells = table.getCells();
    List<? extends CellSlot<?, ?>> slots = table.getLayout().getSlots();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      violations += cell.isNegative() && slots.get(i).getKind() != CellKind.SIGNED_COUNT ? 1 : 0;
      violations += cell instanceof Count c && !c.isNumber() || !cell.isNumber() ? 1 : 0;
    }
    return violations;
  }
}
