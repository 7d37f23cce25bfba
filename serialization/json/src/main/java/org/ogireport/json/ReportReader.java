package org.ogireport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.SectionId;
import org.ogireport.core.Sections;
import org.ogireport.core.Table;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;

/**
 * Reads one report object from a parser positioned on its first token, in one pass and in any key
 * order: tables are walked by their {@link TableShape} over both editions and matched against the
 * edition's layout at the end, so a cell of the other edition or a missing cell is named exactly.
 *
 * <p>Strict reads throw {@link ReportMismatchException} at the first problem; lenient reads add
 * the problems they can work around to a list and throw only for what leaves no report (no
 * edition, organ or year). One instance per read; not thread-safe.
 */
final class ReportReader {

  private static final String COUNT_EXPECTED = "expected a whole number, null or \"/\"";
  private static final String MONEY_EXPECTED =
      "expected {\"value\": <number>, \"unit\": \"元\" | \"万元\" | null}, null or \"/\"";
  private static final int QUOTE_LIMIT = 40;
  private static final SerializableString MONEY_VALUE = new SerializedString(JsonNames.MONEY_VALUE);
  private static final SerializableString MONEY_UNIT = new SerializedString(JsonNames.MONEY_UNIT);
  /** Digits a money value may have before the decimal point (10^20 元 is beyond any budget). */
  static final int MONEY_INTEGER_DIGITS = 20;
  /** Digits a money value may have after the decimal point. */
  static final int MONEY_DECIMAL_PLACES = 10;

  private final JsonParser p;
  private final List<JsonProblem> problems;
  private final boolean failOnUnknownFields;
  private final Edition requiredEdition;

  /** The cells read per table, by {@link TableId} ordinal; null until the table is met. */
  private final Cells[] read = new Cells[TableId.values().length];

  private Edition edition;
  private String organ;
  private Integer year;
  private LocalDate publishedOn;
  private Sections sections = Sections.empty();

  /**
   * The cells read of one table, by {@link TableShape.Node#cell} number, in reading order, and
   * where each object ended. A cell's location is kept only while it may have to be reported as
   * a cell of the other edition (the edition is not known yet, or is another).
   */
  private static final class Cells {
    final Cell[] cells;
    final boolean[] present;
    final JsonLocation[] at;
    final int[] order;
    final JsonLocation[] ends;
    int count;

    Cells(TableShape shape) {
      cells = new Cell[shape.cellCount()];
      present = new boolean[shape.cellCount()];
      at = new JsonLocation[shape.cellCount()];
      order = new int[shape.cellCount()];
      ends = new JsonLocation[shape.groupCount()];
    }
  }

  /**
   * A reader.
   *
   * @param parser the parser, on the report's first token
   * @param settings strict or lenient
   * @param failOnUnknownFields whether an unknown field is a problem (else skipped)
   * @param requiredEdition the edition the caller asked for, or null for either
   */
  ReportReader(
      JsonParser parser, ReadSettings settings, boolean failOnUnknownFields, Edition requiredEdition) {
    this.p = parser;
    this.problems = settings.problems();
    this.failOnUnknownFields = failOnUnknownFields;
    this.requiredEdition = requiredEdition;
  }

  /** Reads the report object; the parser is left on its closing brace. */
  AnnualReport read() throws IOException {
    JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (token != JsonToken.START_OBJECT) {
      throw fatal("", p.currentTokenLocation(), "expected a report object, got " + describe(p));
    }
    Set<String> seen = new HashSet<>();
    Set<TableShape> tablesSeen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonLocation nameAt = p.currentTokenLocation();
      p.nextToken();
      if (!seen.add(name)) {
        duplicate(name, nameAt);
        continue;
      }
      TableShape table = tableNamed(name);
      if (table != null) {
        tablesSeen.add(table);
        if (p.currentToken() == JsonToken.START_OBJECT) {
          readObject(table, table.root());
        } else {
          problem(name, p.currentTokenLocation(), "expected an object, got " + describe(p),
              "every cell read as blank");
          p.skipChildren();
        }
        continue;
      }
      switch (name) {
        case JsonNames.EDITION -> readEdition();
        case JsonNames.ORGAN -> organ = readOrgan();
        case JsonNames.YEAR -> year = readYear();
        case JsonNames.PUBLISHED_ON -> publishedOn = readDate();
        case JsonNames.SECTIONS -> sections = readSections();
        default -> unknown(name, nameAt, List.of(JsonNames.EDITION, JsonNames.ORGAN,
            JsonNames.YEAR, JsonNames.PUBLISHED_ON, JsonNames.SECTIONS,
            TableId.PROACTIVE_DISCLOSURE.getJsonName(), TableId.APPLICATIONS.getJsonName(),
            TableId.REVIEW_AND_LITIGATION.getJsonName()));
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (edition == null) {
      throw fatal(JsonNames.EDITION, end, "missing field");
    }
    if (organ == null) {
      throw fatal(JsonNames.ORGAN, end, "missing field");
    }
    if (year == null) {
      throw fatal(JsonNames.YEAR, end, "missing field");
    }
    List<Table<?, ?>> tables = new ArrayList<>();
    for (TableShape shape : TableShape.all()) {
      tables.add(assemble(shape, tablesSeen.contains(shape), end));
    }
    return TableShape.report(
        edition, organ, year, Optional.ofNullable(publishedOn), sections, tables);
  }

  private static TableShape tableNamed(String name) {
    for (TableShape shape : TableShape.all()) {
      if (shape.getTable().getJsonName().equals(name)) {
        return shape;
      }
    }
    return null;
  }

  private void readEdition() throws IOException {
    JsonLocation at = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fatal(JsonNames.EDITION, at, "expected \"2019\" or \"2021\", got " + describe(p));
    }
    try {
      edition = Edition.ofCode(p.getText());
    } catch (IllegalArgumentException e) {
      throw fatal(JsonNames.EDITION, at, e.getMessage());
    }
    if (requiredEdition != null && edition != requiredEdition) {
      throw fatal(JsonNames.EDITION, at, "expected a report of the " + requiredEdition.getCode()
          + " edition, got \"" + edition.getCode() + "\"");
    }
  }

  private String readOrgan() throws IOException {
    JsonLocation at = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fatal(JsonNames.ORGAN, at, "expected a string, got " + describe(p));
    }
    String text = p.getText();
    if (text.isBlank()) {
      throw fatal(JsonNames.ORGAN, at, "must not be empty");
    }
    return text;
  }

  private int readYear() throws IOException {
    JsonLocation at = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      String got = describe(p);
      p.skipChildren();
      throw fatal(JsonNames.YEAR, at, "expected a year such as 2021, got " + got);
    }
    return p.getIntValue();
  }

  private LocalDate readDate() throws IOException {
    JsonLocation at = p.currentTokenLocation();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return LocalDate.parse(p.getText());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problem(JsonNames.PUBLISHED_ON, at,
        "expected an ISO date such as \"2020-01-22\", got " + describe(p), "ignored");
    p.skipChildren();
    return null;
  }

  private Sections readSections() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return Sections.empty();
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      problem(JsonNames.SECTIONS, p.currentTokenLocation(),
          "expected an object, got " + describe(p), "ignored");
      p.skipChildren();
      return Sections.empty();
    }
    Map<SectionId, String> texts = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (SectionId id : SectionId.values()) {
      names.add(id.getJsonName());
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String path = JsonNames.SECTIONS + "." + name;
      JsonLocation nameAt = p.currentTokenLocation();
      p.nextToken();
      SectionId id = sectionNamed(name);
      if (!seen.add(name)) {
        duplicate(path, nameAt);
      } else if (id == null) {
        unknown(path, nameAt, names);
      } else if (p.currentToken() == JsonToken.VALUE_STRING) {
        texts.put(id, p.getText());
      } else if (p.currentToken() != JsonToken.VALUE_NULL) {
        problem(path, p.currentTokenLocation(), "expected a string or null, got " + describe(p),
            "ignored");
        p.skipChildren();
      }
    }
    return Sections.builder()
        .overview(Optional.ofNullable(texts.get(SectionId.OVERVIEW)))
        .problems(Optional.ofNullable(texts.get(SectionId.PROBLEMS)))
        .otherMatters(Optional.ofNullable(texts.get(SectionId.OTHER_MATTERS)))
        .build();
  }

  private static SectionId sectionNamed(String name) {
    for (SectionId id : SectionId.values()) {
      if (id.getJsonName().equals(name)) {
        return id;
      }
    }
    return null;
  }

  /** Walks an object of a table (the parser on its opening brace), collecting its cells. */
  private void readObject(TableShape shape, TableShape.Node node) throws IOException {
    Cells into = read[shape.getTable().ordinal()];
    if (into == null) {
      into = new Cells(shape);
      read[shape.getTable().ordinal()] = into;
    }
    readObject(shape, node, into);
  }

  private void readObject(TableShape shape, TableShape.Node node, Cells into) throws IOException {
    long seen = 0;
    Set<String> seenUnknown = null;
    TableShape.Node guess = node.first(edition);
    while (nextField(guess == null ? null : guess.name)) {
      String name = p.currentName();
      TableShape.Node child =
          guess != null && guess.name.getValue().equals(name) ? guess : node.child(name);
      if (child == null) {
        JsonLocation nameAt = p.currentTokenLocation();
        p.nextToken();
        if (seenUnknown == null) {
          seenUnknown = new HashSet<>();
        }
        String path = node.path + "." + name;
        if (!seenUnknown.add(name)) {
          duplicate(path, nameAt);
        } else {
          unknown(path, nameAt, shape.childNames(node.path));
        }
        continue;
      }
      guess = child.next(edition);
      long bit = 1L << child.bit;
      if ((seen & bit) != 0) {
        JsonLocation nameAt = p.currentTokenLocation();
        p.nextToken();
        duplicate(child.path, nameAt);
        continue;
      }
      seen |= bit;
      p.nextToken();
      if (child.kind != null) {
        if (edition == null || !shape.inEdition(child.cell, edition)) {
          into.at[child.cell] = p.currentTokenLocation();
        }
        into.cells[child.cell] =
            child.kind.isMoney() ? readAmount(child.path) : readCount(child.path);
        into.present[child.cell] = true;
        into.order[into.count++] = child.cell;
      } else if (p.currentToken() == JsonToken.START_OBJECT) {
        readObject(shape, child, into);
      } else {
        problem(child.path, p.currentTokenLocation(), "expected an object, got " + describe(p),
            "its cells read as blank");
        p.skipChildren();
      }
    }
    into.ends[node.group] = p.currentTokenLocation();
  }

  /**
   * Moves to the next key of an object, false at its end. A guessed key (or null) is matched byte
   * for byte, saving the parser from decoding and looking up the name; any other key is read as
   * usual, so the guess changes only the speed.
   */
  private boolean nextField(SerializableString guess) throws IOException {
    if (guess == null) {
      return p.nextToken() == JsonToken.FIELD_NAME;
    }
    return p.nextFieldName(guess) || p.currentToken() == JsonToken.FIELD_NAME;
  }

  private Count readCount(String path) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          problem(path, p.currentTokenLocation(),
              "number out of range for a count (a long): " + p.getText(),
              "read as blank");
          return null;
        }
        return Count.of(p.getLongValue());
      case VALUE_NULL:
        return Count.blank();
      case VALUE_STRING:
        if (JsonNames.MARKER.equals(p.getText())) {
          return Count.marker();
        }
        break;
      default:
        break;
    }
    problem(path, p.currentTokenLocation(), COUNT_EXPECTED + ", got " + describe(p),
        "read as blank");
    p.skipChildren();
    return null;
  }

  private Amount readAmount(String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Amount.blank();
    }
    if (token == JsonToken.VALUE_STRING && JsonNames.MARKER.equals(p.getText())) {
      return Amount.marker();
    }
    if (token != JsonToken.START_OBJECT) {
      problem(path, at, MONEY_EXPECTED + ", got " + describe(p), "read as blank");
      p.skipChildren();
      return null;
    }
    BigDecimal value = null;
    MoneyUnit unit = null;
    boolean valueSeen = false;
    boolean unitSeen = false;
    Set<String> seenUnknown = null;
    SerializableString guess = MONEY_VALUE;
    while (nextField(guess)) {
      String name = p.currentName();
      String child = path + "." + name;
      JsonLocation nameAt = p.currentTokenLocation();
      p.nextToken();
      JsonLocation valueAt = p.currentTokenLocation();
      boolean isValue = name.equals(JsonNames.MONEY_VALUE);
      boolean isUnit = name.equals(JsonNames.MONEY_UNIT);
      guess = isValue ? MONEY_UNIT : null;
      boolean again;
      if (isValue || isUnit) {
        again = isValue ? valueSeen : unitSeen;
      } else {
        if (seenUnknown == null) {
          seenUnknown = new HashSet<>();
        }
        again = !seenUnknown.add(name);
      }
      if (again) {
        duplicate(child, nameAt);
      } else if (isValue) {
        valueSeen = true;
        if (p.currentToken().isNumeric()) {
          value = moneyValue(child, valueAt);
        } else {
          problem(child, valueAt, "expected a decimal number, got " + describe(p), "cell read as blank");
          p.skipChildren();
        }
      } else if (isUnit) {
        unitSeen = true;
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          try {
            unit = MoneyUnit.ofLabel(p.getText());
          } catch (IllegalArgumentException e) {
            problem(child, valueAt, e.getMessage(), "read as unknown");
          }
        } else if (p.currentToken() != JsonToken.VALUE_NULL) {
          problem(child, valueAt, "expected \"元\", \"万元\" or null, got " + describe(p),
              "read as unknown");
          p.skipChildren();
        }
      } else {
        unknown(child, nameAt, List.of(JsonNames.MONEY_VALUE, JsonNames.MONEY_UNIT));
      }
    }
    JsonLocation end = p.currentTokenLocation();
    if (!valueSeen) {
      problem(path + "." + JsonNames.MONEY_VALUE, end, "missing field", "cell read as blank");
    }
    if (!unitSeen) {
      problem(path + "." + JsonNames.MONEY_UNIT, end,
          "missing field (null where the report printed no unit)", "read as unknown");
    }
    return value == null ? null : Amount.of(value, Optional.ofNullable(unit));
  }

  /**
   * The money value the parser is on, at a scale of 0 or more; null (with a problem) when it has
   * more than {@link #MONEY_INTEGER_DIGITS} digits before the point or {@link
   * #MONEY_DECIMAL_PLACES} after it. Checked before any arithmetic: {@code 1e999999999} is a short
   * number whose plain form has a billion digits.
   */
  private BigDecimal moneyValue(String path, JsonLocation at) throws IOException {
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      // Jackson refuses an exponent beyond the range of a BigDecimal scale, e.g. 0.1e-2147483647
      value = null;
    }
    if (value == null) {
      problem(path, at, moneyOutOfRange(), "cell read as blank");
      return null;
    }
    if (value.signum() == 0 && value.scale() < 0) {
      return BigDecimal.ZERO;
    }
    if ((long) value.precision() - value.scale() > MONEY_INTEGER_DIGITS
        || value.scale() > MONEY_DECIMAL_PLACES) {
      problem(path, at, moneyOutOfRange(), "cell read as blank");
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private String moneyOutOfRange() throws IOException {
    return "money out of range: at most " + MONEY_INTEGER_DIGITS + " digits before the decimal "
        + "point and " + MONEY_DECIMAL_PLACES + " after it, got " + describe(p);
  }

  /** The table of the edition from the cells read; missing and failed cells are blank. */
  private Table<?, ?> assemble(TableShape shape, boolean seen, JsonLocation reportEnd)
      throws ReportMismatchException {
    String tableName = shape.getTable().getJsonName();
    Cells table = read[shape.getTable().ordinal()];
    boolean present = table != null && table.ends[shape.root().group] != null;
    if (!seen) {
      problem(tableName, reportEnd, "missing table", "every cell read as blank");
    }
    TableLayout<?, ?> layout = shape.layout(edition);
    List<? extends CellSlot<?, ?>> slots = layout.getSlots();
    int[] slotCells = shape.slotCells(edition);
    Cell[] cells = new Cell[slots.size()];
    for (int i = 0; i < cells.length; i++) {
      int id = slotCells[i];
      if (table == null || !table.present[id]) {
        if (present) {
          problem(slots.get(i).getPath(), nearestEnd(shape, table, slots.get(i).getPath(), reportEnd),
              "missing cell", "read as blank");
        }
        cells[i] = blank(layout.isMoney(i));
      } else {
        cells[i] = table.cells[id] == null ? blank(layout.isMoney(i)) : table.cells[id];
      }
    }
    for (int k = 0; table != null && k < table.count; k++) {
      int id = table.order[k];
      if (!shape.inEdition(id, edition)) {
        problem(shape.nodeOfCell(id).path, table.at[id],
            "not a cell of the " + edition.getCode() + " edition", "ignored");
      }
    }
    return shape.build(edition, Arrays.asList(cells));
  }

  private static Cell blank(boolean money) {
    return money ? Amount.blank() : Count.blank();
  }

  private static JsonLocation nearestEnd(
      TableShape shape, Cells table, String path, JsonLocation fallback) {
    String prefix = path;
    for (int dot = prefix.lastIndexOf('.'); dot > 0; dot = prefix.lastIndexOf('.')) {
      prefix = prefix.substring(0, dot);
      TableShape.Node group = shape.node(prefix);
      JsonLocation end = group == null ? null : table.ends[group.group];
      if (end != null) {
        return end;
      }
    }
    return fallback;
  }

  private void duplicate(String path, JsonLocation at) throws IOException {
    problem(path, at, "duplicate field", "the later value ignored");
    p.skipChildren();
  }

  private void unknown(String path, JsonLocation at, Collection<String> expected)
      throws IOException {
    if (failOnUnknownFields) {
      problem(path, at, "unknown field; expected one of " + String.join(", ", expected),
          "ignored");
    }
    p.skipChildren();
  }

  /** Reports a problem: thrown when strict, added to the list with what was done when lenient. */
  private void problem(String path, JsonLocation at, String message, String action)
      throws ReportMismatchException {
    if (problems == null) {
      throw fatal(path, at, message);
    }
    problems.add(new JsonProblem(JsonNames.printable(path), at.getLineNr(), at.getColumnNr(),
        JsonNames.printable(message + "; " + action)));
  }

  private void problem(String path, JsonLocation at, String message)
      throws ReportMismatchException {
    problem(path, at, message, "ignored");
  }

  private ReportMismatchException fatal(String path, JsonLocation at, String message) {
    return new ReportMismatchException(p, path, at, message);
  }

  /** The current value as a message shows it: {@code "3"}, {@code 1.5}, {@code true}, {@code an object}. */
  static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> quote(parser.getText());
      case VALUE_NULL -> "null";
      default -> parser.getText();
    };
  }

  private static String quote(String text) {
    String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
    return "\"" + shown + "\"";
  }
}
