package org.ogireport.json.format;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.CellSlot;
import org.ogireport.core.Count;
import org.ogireport.core.Edition;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.ReportFormatException;
import org.ogireport.core.Row;
import org.ogireport.core.SectionId;
import org.ogireport.core.Sections;
import org.ogireport.core.TableId;
import org.ogireport.core.TableLayout;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.MessageBundle;
import org.ogireport.core.diagnostic.ReportField;
import org.ogireport.json.format.JsonTokens.Token;

/**
 * Reads one report object in one pass and in any key order: tables are walked by their {@link
 * TableShape} over both editions and matched against the edition's layout at the end, so a cell of
 * the other edition or a missing cell is named exactly.
 *
 * <p>A strict read throws at the first problem; a lenient one hands the problems it can work
 * around, once the report is read, to a consumer of {@link Diagnostic}s (codes {@code
 * JSON_BAD_VALUE}, {@code JSON_MISSING}, {@code JSON_NOT_IN_EDITION}, {@code JSON_DUPLICATE},
 * {@code JSON_UNKNOWN_FIELD}; located at the cell, row or field where the path names one, with
 * line and column and no source) and throws only for what leaves no report (no edition, organ or
 * year). Either way it throws {@link ReportFormatException} with the JSON path, line, column and
 * reason and no source: the Jackson module turns it into its own exception at the parser.
 */
public final class ReportReader {

  private static final int QUOTE_LIMIT = 40;
  /** Digits a money value may have before the decimal point (10^20 元 is beyond any budget). */
  static final int MONEY_INTEGER_DIGITS = 20;
  /** Digits a money value may have after the decimal point. */
  static final int MONEY_DECIMAL_PLACES = 10;
  private static final Map<String, TableShape> TABLES = new LinkedHashMap<>();
  private static final Map<String, SectionId> SECTIONS = new LinkedHashMap<>();
  private static final List<String> REPORT_FIELDS = new ArrayList<>(List.of(JsonNames.EDITION,
      JsonNames.ORGAN, JsonNames.YEAR, JsonNames.PUBLISHED_ON, JsonNames.SECTIONS));

  static {
    TableShape.ALL.forEach(shape -> TABLES.put(shape.table.getJsonName(), shape));
    Arrays.stream(SectionId.values()).forEach(id -> SECTIONS.put(id.getJsonName(), id));
    REPORT_FIELDS.addAll(TABLES.keySet());
  }
  private static final List<String> MONEY_FIELDS =
      List.of(JsonNames.MONEY_VALUE, JsonNames.MONEY_UNIT);
  /** Per edition (by ordinal), the typed location of every field, row and cell path. */
  private static final List<Map<String, Location>> LOCATIONS = Arrays.stream(Edition.values())
      .map(ReportReader::locations).toList();

  private final JsonTokens p;
  private final Consumer<Diagnostic> problems;
  /** The problems of a lenient read, handed on once the edition is known to type their places. */
  private final List<Pending> pending = new ArrayList<>();
  private final boolean failOnUnknownFields;
  private final Edition requiredEdition;

  /** The cells read per table, by {@link TableId} ordinal; null until the table is met. */
  private final Cells[] read = new Cells[TableId.values().length];
  /** Whether the last {@link #nextKey} met the key it guessed. */
  private boolean matched;

  private Edition edition;
  private String organ;
  private Integer year;
  private LocalDate publishedOn;
  private Sections sections = Sections.empty();

  /**
   * The cells read of one table (blank where unreadable; null where missing), by {@link
   * TableShape.Node#cell} number, and where each object ended. A cell's position is kept only
   * while the edition is not known, to report it if it turns out to be of the other edition.
   */
  private record Cells(Cell[] cells, long[] at, long[] ends) {
    Cells(TableShape shape) {
      this(new Cell[shape.cells.size()], new long[shape.cells.size()],
          new long[shape.groupCount]);
    }
  }

  /** A problem met, and what a lenient read did about it. */
  private record Pending(
      ReadProblem what, Object[] arguments, ReadProblem.Action action, String path, long at) {}

  private ReportReader(JsonTokens tokens, Edition requiredEdition, boolean failOnUnknownFields,
      Consumer<Diagnostic> problems) {
    this.p = tokens;
    this.problems = problems;
    this.failOnUnknownFields = failOnUnknownFields;
    this.requiredEdition = requiredEdition;
  }

  /**
   * Reads the report object the tokens are on (or start with); they are left on its closing brace.
   *
   * @param tokens the parser, before or on the report's opening brace
   * @param requiredEdition the edition the caller asked for, or null for either
   * @param failOnUnknownFields whether an unknown field is a problem (else skipped)
   * @param problems where a lenient read hands its problems (after the report is read, in
   *     document order: line, then column), or null for a strict read
   * @return the report; in a lenient read, cells that could not be read are blank
   * @throws ReportFormatException for JSON that is well formed but not a report (in a lenient
   *     read: no report can be made)
   * @throws IOException when the parser fails: malformed JSON, a limit, the input
   */
  public static AnnualReport read(JsonTokens tokens, Edition requiredEdition,
      boolean failOnUnknownFields, Consumer<Diagnostic> problems) throws IOException {
    return new ReportReader(tokens, requiredEdition, failOnUnknownFields, problems).read();
  }

  private AnnualReport read() throws IOException {
    Token token = p.current() == Token.END ? p.next() : p.current();
    if (token != Token.START_OBJECT) {
      throw fatal("", p.tokenPosition(), "expected a report object, got " + describe(p));
    }
    Set<String> seen = fields("", REPORT_FIELDS, (name, path) -> {
      TableShape table = TABLES.get(name);
      if (table != null && p.current() == Token.START_OBJECT) {
        readObject(table, table.root, read[table.table.ordinal()] = new Cells(table));
      } else if (table != null) {
        wrongType(name, ReadProblem.OBJECT_EXPECTED, ReadProblem.Action.TABLE_BLANK);
      } else {
        switch (name) {
          case JsonNames.EDITION -> readEdition();
          case JsonNames.ORGAN -> organ = readOrgan();
          case JsonNames.YEAR -> year = readYear();
          case JsonNames.PUBLISHED_ON -> publishedOn = readDate();
          default -> sections = readSections();
        }
      }
    });
    long end = p.tokenPosition();
    String missing = edition == null ? JsonNames.EDITION
        : organ == null ? JsonNames.ORGAN : year == null ? JsonNames.YEAR : null;
    if (missing != null) {
      throw fatal(missing, end, "missing field");
    }
    List<List<Cell>> tables = new ArrayList<>();
    for (TableShape shape : TableShape.ALL) {
      tables.add(assemble(shape, seen.contains(shape.table.getJsonName()), end));
    }
    Map<String, Location> locations = LOCATIONS.get(edition.ordinal());
    pending.sort(Comparator.comparingLong(Pending::at));   // line, then column
    for (Pending problem : pending) {
      Location location = locations.get(problem.path());
      problems.accept(problem.what().toDiagnostic(
          (location != null ? location : Location.ofPath(MessageBundle.printable(problem.path())))
              .at(null, JsonTokens.line(problem.at()), JsonTokens.column(problem.at())),
          problem.action(), problem.arguments()));
    }
    return AnnualReport.builder(edition).organ(organ).year(year)
        .publishedOn(Optional.ofNullable(publishedOn)).sections(sections).tables(tables).build();
  }

  private static Map<String, Location> locations(Edition edition) {
    Map<String, Location> locations = new HashMap<>();
    for (ReportField field : ReportField.values()) {
      locations.put(field.getPath(), Location.of(field));
    }
    for (TableShape shape : TableShape.ALL) {
      TableLayout<?, ?> layout = TableLayout.of(shape.table, edition);
      for (Row<?> row : layout.getRows()) {
        Location location = Location.of(shape.table, row);
        locations.put(location.getPath(), location);
      }
      for (CellSlot<?, ?> slot : layout.getSlots()) {
        locations.put(slot.getPath(), Location.of(slot));
      }
    }
    return Map.copyOf(locations);
  }

  private void readEdition() throws IOException {
    String code = readString(JsonNames.EDITION, "\"2019\" or \"2021\"");
    try {
      edition = Edition.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw fatal(JsonNames.EDITION, p.tokenPosition(), e.getMessage());
    }
    if (requiredEdition != null && edition != requiredEdition) {
      throw fatal(JsonNames.EDITION, p.tokenPosition(), "expected a report of the "
          + requiredEdition.getCode() + " edition, got \"" + edition.getCode() + "\"");
    }
  }

  private String readOrgan() throws IOException {
    String text = readString(JsonNames.ORGAN, "a string");
    if (text.isBlank()) {
      throw fatal(JsonNames.ORGAN, p.tokenPosition(), "must not be empty");
    }
    return checkedText(JsonNames.ORGAN, text);
  }

  /**
   * Text as read, with an error when it holds half of a surrogate pair (an escape such as
   * <code>"&#92;uD800"</code> without its other half): no character, and lost on writing the text
   * as UTF-8. A lenient read keeps the text as it is.
   */
  private String checkedText(String path, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problem(path, p.tokenPosition(), ReadProblem.HALF_SURROGATE, ReadProblem.Action.KEPT,
            "char", String.format("\\u%04x", (int) c), "at", i + 1);
        break;
      }
    }
    return text;
  }

  /** The string the parser is on; else fatal, naming the field and what was expected. */
  private String readString(String field, String expected) throws IOException {
    if (p.current() != Token.STRING) {
      throw fatal(field, p.tokenPosition(), "expected " + expected + ", got " + describe(p));
    }
    return p.text();
  }

  private int readYear() throws IOException {
    if (p.current() != Token.INTEGER || !p.fits(Integer.SIZE)) {
      throw fatal(JsonNames.YEAR, p.tokenPosition(),
          "expected a year such as 2021, got " + describe(p));
    }
    return (int) p.longValue();
  }

  private LocalDate readDate() throws IOException {
    if (p.current() == Token.NULL) {
      return null;
    }
    if (p.current() == Token.STRING) {
      try {
        return LocalDate.parse(p.text());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    wrongType(JsonNames.PUBLISHED_ON, ReadProblem.DATE_EXPECTED, ReadProblem.Action.IGNORED);
    return null;
  }

  private Sections readSections() throws IOException {
    if (p.current() == Token.NULL) {
      return Sections.empty();
    }
    if (p.current() != Token.START_OBJECT) {
      wrongType(JsonNames.SECTIONS, ReadProblem.OBJECT_EXPECTED, ReadProblem.Action.IGNORED);
      return Sections.empty();
    }
    Map<SectionId, String> texts = new EnumMap<>(SectionId.class);
    fields(JsonNames.SECTIONS, SECTIONS.keySet(), (name, path) -> {
      if (p.current() == Token.STRING) {
        texts.put(SECTIONS.get(name), checkedText(path, p.text()));
      } else if (p.current() != Token.NULL) {
        wrongType(path, ReadProblem.TEXT_EXPECTED, ReadProblem.Action.IGNORED);
      }
    });
    return Sections.builder()
        .overview(Optional.ofNullable(texts.get(SectionId.OVERVIEW)))
        .problems(Optional.ofNullable(texts.get(SectionId.PROBLEMS)))
        .otherMatters(Optional.ofNullable(texts.get(SectionId.OTHER_MATTERS)))
        .build();
  }

  /** Walks an object of a table (the parser on its opening brace), collecting its cells. */
  private void readObject(TableShape shape, TableShape.Node node, Cells into) throws IOException {
    long seen = 0;
    Set<String> seenUnknown = null;
    TableShape.Node guess = node.first;
    while (nextKey(guess == null ? -1 : guess.nameId)) {
      String name = p.name();
      TableShape.Node child = matched ? guess : node.children.get(name);
      guess = child == null ? null : child.next;
      long bit = child == null ? 0 : 1L << child.bit;
      if (child == null || (seen & bit) != 0) {
        long nameAt = p.tokenPosition();   // only here: a position costs an object
        p.next();
        seenUnknown = seenUnknown != null ? seenUnknown : new HashSet<>();
        String path = node.path + "." + name;
        if (child != null || !seenUnknown.add(name)) {
          duplicate(path, nameAt);
        } else {
          unknown(path, nameAt, node.children.keySet());
        }
        continue;
      }
      seen |= bit;
      p.next();
      if (child.kind != null) {
        boolean foreign = edition == null || !shape.inEdition[edition.ordinal()].get(child.cell);
        long at = foreign ? p.tokenPosition() : 0;
        Cell cell = child.kind.isMoney() ? readAmount(child.path) : readCount(child.path);
        into.cells()[child.cell] = cell != null ? cell : child.kind.blank();
        if (foreign && edition != null) {
          notInEdition(child.path, at);
        } else if (foreign) {
          into.at()[child.cell] = at;   // judged once the edition is known
        }
      } else if (p.current() == Token.START_OBJECT) {
        readObject(shape, child, into);
      } else {
        wrongType(child.path, ReadProblem.OBJECT_EXPECTED, ReadProblem.Action.CELLS_BLANK);
      }
    }
    into.ends()[node.group] = p.tokenPosition();
  }

  private Count readCount(String path) throws IOException {
    Token token = p.current();
    if (token == Token.INTEGER && p.fits(Long.SIZE)) {
      return Count.of(p.longValue());
    } else if (token == Token.INTEGER) {
      problem(path, p.tokenPosition(), ReadProblem.COUNT_RANGE,
          ReadProblem.Action.BLANK, "number", p.text());
      return null;
    } else if (token == Token.NULL) {
      return Count.blank();
    } else if (token == Token.STRING && JsonNames.MARKER.equals(p.text())) {
      return Count.marker();
    }
    wrongType(path, ReadProblem.COUNT_EXPECTED, ReadProblem.Action.BLANK);
    return null;
  }

  private Amount readAmount(String path) throws IOException {
    Token token = p.current();
    if (token == Token.NULL) {
      return Amount.blank();
    }
    if (token == Token.STRING && JsonNames.MARKER.equals(p.text())) {
      return Amount.marker();
    }
    if (token != Token.START_OBJECT) {
      wrongType(path, ReadProblem.MONEY_EXPECTED, ReadProblem.Action.BLANK);
      return null;
    }
    BigDecimal[] value = {null};
    MoneyUnit[] unit = {null};
    Set<String> seen = fields(path, MONEY_FIELDS, (name, child) -> {
      if (!name.equals(JsonNames.MONEY_VALUE)) {
        unit[0] = readUnit(child);
      } else if (p.current() == Token.INTEGER || p.current() == Token.DECIMAL) {
        value[0] = moneyValue(child);
      } else {
        wrongType(child, ReadProblem.DECIMAL_EXPECTED, ReadProblem.Action.CELL_BLANK);
      }
    });
    long end = p.tokenPosition();
    if (!seen.contains(JsonNames.MONEY_VALUE)) {
      problem(path + "." + JsonNames.MONEY_VALUE, end, ReadProblem.MISSING_FIELD,
          ReadProblem.Action.CELL_BLANK);
    }
    if (!seen.contains(JsonNames.MONEY_UNIT)) {
      problem(path + "." + JsonNames.MONEY_UNIT, end, ReadProblem.MISSING_UNIT,
          ReadProblem.Action.UNIT_UNKNOWN);
    }
    return value[0] == null ? null : Amount.of(value[0], Optional.ofNullable(unit[0]));
  }

  private MoneyUnit readUnit(String path) throws IOException {
    if (p.current() == Token.STRING) {
      try {
        return MoneyUnit.ofLabel(p.text());
      } catch (IllegalArgumentException e) {
        problem(path, p.tokenPosition(), ReadProblem.UNIT_UNKNOWN,
            ReadProblem.Action.UNIT_UNKNOWN, "unit", p.text());
      }
    } else if (p.current() != Token.NULL) {
      wrongType(path, ReadProblem.UNIT_EXPECTED, ReadProblem.Action.UNIT_UNKNOWN);
    }
    return null;
  }

  /** Reads a known field of an object; the parser is on its value. */
  @FunctionalInterface
  private interface Field {
    void read(String name, String path) throws IOException;
  }

  /**
   * Walks the object the parser is on: hands each known key, once, to a reader; reports a
   * duplicate or an unknown key and skips its value.
   *
   * @param path the object's path, empty for the report
   * @return the keys met
   */
  private Set<String> fields(String path, Collection<String> known, Field field)
      throws IOException {
    Set<String> seen = new HashSet<>();
    while (p.next() == Token.NAME) {
      String name = p.name();
      String child = path.isEmpty() ? name : path + "." + name;
      long nameAt = p.tokenPosition();
      p.next();
      if (!seen.add(name)) {
        duplicate(child, nameAt);
      } else if (!known.contains(name)) {
        unknown(child, nameAt, known);
      } else {
        field.read(name, child);
      }
    }
    return seen;
  }

  /**
   * Moves to the next key of an object, false at its end. A guessed key is matched as bytes
   * ({@link #matched} tells whether it was), saving the parser from decoding and looking the name
   * up; any other key is read as usual, so the guess changes only the speed.
   *
   * @param guess the number of the key the writer emits next, or -1
   */
  private boolean nextKey(int guess) throws IOException {
    matched = guess >= 0 && p.nextName(guess);
    return matched || (guess < 0 ? p.next() : p.current()) == Token.NAME;
  }

  /**
   * The money value the parser is on, at a scale of 0 or more; null (with a problem) when it has
   * more than {@link #MONEY_INTEGER_DIGITS} digits before the point or {@link
   * #MONEY_DECIMAL_PLACES} after it. Checked before any arithmetic: {@code 1e999999999} is a short
   * number whose plain form has a billion digits.
   */
  private BigDecimal moneyValue(String path) throws IOException {
    BigDecimal value;
    try {
      value = p.decimalValue();
    } catch (NumberFormatException e) {
      // an exponent beyond the range of a BigDecimal scale, e.g. 0.1e-2147483647
      value = null;
    }
    if (value != null && value.signum() == 0 && value.scale() < 0) {
      return BigDecimal.ZERO;
    }
    if (value == null || (long) value.precision() - value.scale() > MONEY_INTEGER_DIGITS
        || value.scale() > MONEY_DECIMAL_PLACES) {
      problem(path, p.tokenPosition(), ReadProblem.MONEY_RANGE,
          ReadProblem.Action.CELL_BLANK, "integerDigits", MONEY_INTEGER_DIGITS,
          "decimalPlaces", MONEY_DECIMAL_PLACES, "got", got(p));
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The cells of a table of the edition, in layout order; missing and failed cells are blank. */
  private List<Cell> assemble(TableShape shape, boolean seen, long reportEnd) {
    Cells table = read[shape.table.ordinal()];
    if (!seen) {
      problem(shape.table.getJsonName(), reportEnd, ReadProblem.MISSING_TABLE, ReadProblem.Action.TABLE_BLANK);
    }
    List<? extends CellSlot<?, ?>> slots = TableLayout.of(shape.table, edition).getSlots();
    TableShape.Node[][] chains = shape.chains[edition.ordinal()];
    Cell[] cells = new Cell[slots.size()];
    for (int i = 0; i < cells.length; i++) {
      TableShape.Node[] chain = chains[i];
      int id = chain[chain.length - 1].cell;
      if (table == null || table.cells()[id] == null) {
        if (table != null) {   // the table was read, this cell not
          problem(slots.get(i).getPath(), nearestEnd(table, chain, table.ends()[shape.root.group]),
              ReadProblem.MISSING_CELL, ReadProblem.Action.BLANK);
        }
        cells[i] = slots.get(i).getKind().blank();
      } else {
        cells[i] = table.cells()[id];
      }
    }
    for (int id = 0; table != null && id < table.at().length; id++) {
      if (table.at()[id] != 0 && !shape.inEdition[edition.ordinal()].get(id)) {
        notInEdition(shape.cells.get(id).path, table.at()[id]);
      }
    }
    return Arrays.asList(cells);
  }

  private void notInEdition(String path, long at) {
    problem(path, at, ReadProblem.NOT_IN_EDITION,
        ReadProblem.Action.IGNORED, "edition", edition.getCode());
  }

  /** Where the innermost object above a missing cell that was read ended; else the table's end. */
  private static long nearestEnd(Cells table, TableShape.Node[] chain, long tableEnd) {
    for (int k = chain.length - 2; k >= 0; k--) {
      long end = table.ends()[chain[k].group];
      if (end != 0) {
        return end;
      }
    }
    return tableEnd;
  }

  /** Reports a value of the wrong type where the parser stands, and skips it. */
  private void wrongType(String path, ReadProblem what, ReadProblem.Action action)
      throws IOException {
    problem(path, p.tokenPosition(), what, action, "got", got(p));
    p.skipChildren();
  }

  private void duplicate(String path, long at) throws IOException {
    problem(path, at, ReadProblem.DUPLICATE, ReadProblem.Action.LATER_IGNORED);
    p.skipChildren();
  }

  private void unknown(String path, long at, Collection<String> expected) throws IOException {
    if (failOnUnknownFields) {
      problem(path, at, ReadProblem.UNKNOWN_FIELD,
          ReadProblem.Action.IGNORED, "expected", String.join(", ", expected));
    }
    p.skipChildren();
  }

  /**
   * Reports a problem: thrown in English when strict; when lenient, kept with what was done, to
   * be handed on at the end.
   */
  private void problem(String path, long at, ReadProblem what, ReadProblem.Action action,
      Object... arguments) {
    if (problems == null) {
      throw fatal(path, at, what.what(Locale.ENGLISH, arguments));
    }
    pending.add(new Pending(what, arguments, action, path, at));
  }

  private static ReportFormatException fatal(String path, long at, String message) {
    return new ReportFormatException(
        null, JsonTokens.line(at), JsonTokens.column(at), path, message, null);
  }

  /**
   * The current value as a message shows it: {@code "3"}, {@code 1.5}, {@code true}, {@code an
   * object}, {@code the end of the input}.
   *
   * @param tokens the parser
   * @return the description
   * @throws IOException when the input cannot be read
   */
  public static String describe(JsonTokens tokens) throws IOException {
    return ReadProblem.inWords(got(tokens), Locale.ENGLISH);
  }

  /** The current value for a message: a {@link ReadProblem.Got}, or its text. */
  private static Object got(JsonTokens tokens) throws IOException {
    return switch (tokens.current()) {
      case END -> ReadProblem.Got.END;
      case START_OBJECT -> ReadProblem.Got.OBJECT;
      case START_ARRAY -> ReadProblem.Got.ARRAY;
      case STRING -> "\"" + (tokens.text().length() > QUOTE_LIMIT
          ? tokens.text().substring(0, QUOTE_LIMIT) + "…" : tokens.text()) + "\"";
      case NULL -> "null";
      default -> tokens.text();
    };
  }
}
