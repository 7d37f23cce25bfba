package org.ogireport.core.diagnostic;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Row;
import org.ogireport.core.TableId;

/**
 * Where a {@link Diagnostic} points: a place in the report model (a cell, a row, a field, or a
 * JSON path that names none of these, such as an unknown key), optionally the report year within
 * a series of reports, and optionally a position in the input it was read from.
 *
 * <pre>{@code
 * Location.of(slot).getPath();                        // "applications.carriedOver.total"
 * Location.of(ReportField.ORGAN).at("a.txt", 3, 0);   // a.txt:3: organ
 * Location.of(slot).inYear(2024).toString();          // 2024: applications.carriedOver.total
 * }</pre>
 *
 * <p>Typed: code never splits {@link #getPath()} to find the cell; {@link #getCell()} gives it.
 * Immutable and thread-safe.
 */
public final class Location {

  private static final Location REPORT = new Location(null, null, null, null, "", 0, null, 0, 0);

  private final CellSlot<?, ?> cell;
  private final TableId table;
  private final Row<?> row;
  private final ReportField field;
  private final String path;
  private final int year;
  private final String source;
  private final int line;
  private final int column;

  private Location(CellSlot<?, ?> cell, TableId table, Row<?> row, ReportField field, String path,
      int year, String source, int line, int column) {
    this.cell = cell;
    this.table = table;
    this.row = row;
    this.field = field;
    this.path = path;
    this.year = year;
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * The report as a whole.
   *
   * @return the location of the whole report
   */
  public static Location report() {
    return REPORT;
  }

  /**
   * One cell.
   *
   * @param cell the cell's slot, not null
   * @return the location
   */
  public static Location of(CellSlot<?, ?> cell) {
    return new Location(Objects.requireNonNull(cell, "cell"), cell.getTable(), cell.getRow(), null,
        cell.getPath(), 0, null, 0, 0);
  }

  /**
   * A whole row of a table.
   *
   * @param table the table, not null
   * @param row the row, not null
   * @return the location, with the path {@code <table>.<row>}, e.g. {@code applications.carriedForward}
   */
  public static Location of(TableId table, Row<?> row) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    return new Location(null, table, row, null, table.getJsonName() + "." + row.getJsonPath(), 0,
        null, 0, 0);
  }

  /**
   * A field, a section or a whole table.
   *
   * @param field the field, not null
   * @return the location
   */
  public static Location of(ReportField field) {
    return field == ReportField.REPORT ? REPORT
        : new Location(null, null, null, field, field.getPath(), 0, null, 0, 0);
  }

  /**
   * A place in a report document that names no cell, row or field, such as an unknown key
   * {@code applications.fooBar}.
   *
   * @param jsonPath the dotted JSON path from the report root; empty for the root
   * @return the location
   */
  public static Location ofPath(String jsonPath) {
    Objects.requireNonNull(jsonPath, "jsonPath");
    return jsonPath.isEmpty() ? REPORT
        : new Location(null, null, null, null, jsonPath, 0, null, 0, 0);
  }

  /**
   * This location in the report of one year of a series.
   *
   * @param reportYear the report year, positive
   * @return a copy with the year
   * @throws IllegalArgumentException when the year is not positive
   */
  public Location inYear(int reportYear) {
    if (reportYear <= 0) {
      throw new IllegalArgumentException("year must be positive, got " + reportYear);
    }
    return new Location(cell, table, row, field, path, reportYear, source, line, column);
  }

  /**
   * This location at a position in the input it was read from.
   *
   * @param inputSource the file name or a description such as {@code <string>}; may be null
   * @param inputLine the 1-based line, 0 when not known
   * @param inputColumn the 1-based column, 0 when not known
   * @return a copy with the position
   * @throws IllegalArgumentException when the line or column is negative
   */
  public Location at(String inputSource, int inputLine, int inputColumn) {
    if (inputLine < 0 || inputColumn < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative, got " + inputLine + ":" + inputColumn);
    }
    return new Location(cell, table, row, field, path, year, inputSource, inputLine, inputColumn);
  }

  /**
   * The cell, when the location is one cell.
   *
   * @return the cell slot, or empty
   */
  public Optional<CellSlot<?, ?>> getCell() {
    return Optional.ofNullable(cell);
  }

  /**
   * The table, when the location is a cell or a row.
   *
   * @return the table, or empty
   */
  public Optional<TableId> getTable() {
    return Optional.ofNullable(table);
  }

  /**
   * The row, when the location is a cell or a row.
   *
   * @return the row, or empty
   */
  public Optional<Row<?>> getRow() {
    return Optional.ofNullable(row);
  }

  /**
   * The field, when the location is a field, a section or a whole table.
   *
   * @return the field, or empty
   */
  public Optional<ReportField> getField() {
    return Optional.ofNullable(field);
  }

  /**
   * The JSON path from the report root, e.g. {@code applications.carriedOver.total}; empty for
   * the whole report.
   *
   * @return the path, never null
   */
  public String getPath() {
    return path;
  }

  /**
   * The report year within a series, when the diagnostic concerns one year of several.
   *
   * @return the year, or empty
   */
  public OptionalInt getYear() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * The file name or description of the input, when the location is in an input.
   *
   * @return the source, or empty
   */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /**
   * The 1-based line in the input.
   *
   * @return the line, 0 when not known
   */
  public int getLine() {
    return line;
  }

  /**
   * The 1-based column in the line.
   *
   * @return the column, 0 when not known
   */
  public int getColumn() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && Objects.equals(l.cell, cell) && l.table == table
        && Objects.equals(l.row, row) && l.field == field && l.path.equals(path) && l.year == year
        && Objects.equals(l.source, source) && l.line == line && l.column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, year, source, line, column);
  }

  /**
   * The position and the path, e.g. {@code report.json:12:7: applications.newReceived.total} or
   * {@code 2024: applications.carriedOver.total}; empty for the whole report with no position.
   *
   * @return the location in words
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? ":" : "line ").append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    if (year > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(year);
    }
    if (!path.isEmpty()) {
      sb.append(sb.length() > 0 ? ": " : "").append(path);
    }
    return sb.toString();
  }
}
