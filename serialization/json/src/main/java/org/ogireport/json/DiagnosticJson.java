package org.ogireport.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ogireport.core.Cell;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Sides;

/**
 * The one JSON form of a {@link Diagnostic}, written the same way by the library and by the
 * command line ({@code check --json}).
 *
 * <pre>{@code
 * DiagnosticJson.toJson(diagnostic, Locale.ENGLISH);
 * // {"code":"LIT-TOTAL","severity":"error","path":"reviewAndLitigation.review.total",
 * //  "message":"…","left":0,"right":11,"difference":-11,
 * //  "cells":{"reviewAndLitigation.review.total":0,"reviewAndLitigation.review.upheld":10,…}}
 * }</pre>
 *
 * <p>Keys, in this order, each present only when it applies: {@code code}, {@code severity}
 * ({@code error}, {@code warning} or {@code info}), {@code source} (the input it was read from),
 * {@code path} (the JSON path from the report root), {@code year} (the report year within a
 * series), {@code line} and {@code column} (1-based, in the input), {@code message} (always, in
 * the language asked for), {@code left}, {@code right} and {@code difference} (the sides a rule
 * compared, plain decimals), and {@code cells} (JSON path to cell, each cell written exactly as
 * the report JSON writes it: a count, {@code null} for a blank, {@code "/"} for a marker, money
 * as {@code {"value": 7730.28, "unit": "万元"}}).
 *
 * <p>Thread-safe: it holds no state.
 */
public final class DiagnosticJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private DiagnosticJson() {}

  /**
   * Writes a diagnostic as one JSON object at the generator's position.
   *
   * @param diagnostic the diagnostic, not null
   * @param locale the language of the message: Chinese for a locale whose language is
   *     {@code zh}, English otherwise; not null
   * @param gen where to write, positioned where a value may stand; not null
   * @throws IOException when the generator cannot write
   */
  public static void write(Diagnostic diagnostic, Locale locale, JsonGenerator gen)
      throws IOException {
    Objects.requireNonNull(locale, "locale");
    Location location = diagnostic.getLocation();
    gen.writeStartObject();
    gen.writeStringField("code", diagnostic.getCode());
    gen.writeStringField("severity", diagnostic.getSeverity().getCode());
    if (location.getSource().isPresent()) {
      gen.writeStringField("source", location.getSource().get());
    }
    if (!location.getPath().isEmpty()) {
      gen.writeStringField("path", location.getPath());
    }
    if (location.getYear().isPresent()) {
      gen.writeNumberField("year", location.getYear().getAsInt());
    }
    if (location.getLine() > 0) {
      gen.writeNumberField("line", location.getLine());
    }
    if (location.getColumn() > 0) {
      gen.writeNumberField("column", location.getColumn());
    }
    gen.writeStringField("message", diagnostic.getMessage(locale));
    if (diagnostic.getSides().isPresent()) {
      Sides sides = diagnostic.getSides().get();
      gen.writeFieldName("left");
      gen.writeNumber(sides.getLeft().toPlainString());
      gen.writeFieldName("right");
      gen.writeNumber(sides.getRight().toPlainString());
      gen.writeFieldName("difference");
      gen.writeNumber(sides.getDifference().toPlainString());
    }
    if (!diagnostic.getCells().isEmpty()) {
      gen.writeObjectFieldStart("cells");
      for (Map.Entry<Location, Cell> cell : diagnostic.getCells().entrySet()) {
        Location at = cell.getKey();
        gen.writeFieldName(at.getYear().isPresent()
            ? at.getYear().getAsInt() + ": " + at.getPath() : at.getPath());
        AnnualReportSerializer.writeCell(cell.getValue(), gen);
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /**
   * A diagnostic as one line of compact JSON.
   *
   * @param diagnostic the diagnostic, not null
   * @param locale the language of the message, not null
   * @return the JSON object, without a line break
   */
  public static String toJson(Diagnostic diagnostic, Locale locale) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      write(diagnostic, locale, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringWriter does not fail
    }
    return out.toString();
  }
}
