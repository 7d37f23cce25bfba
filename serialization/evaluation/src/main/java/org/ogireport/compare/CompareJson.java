package org.ogireport.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.CellSlot;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * {@link ComparisonFormat#JSON}: every cell, section and finding with exact values.
 *
 * <pre>{@code
 * {"organ": "…", "previous": {"year": 2023, "edition": "2021"}, "current": {…},
 *  "cells": [{"table": "applications", "path": "applications.newReceived.total",
 *             "label": "表三 …·总计", "change": "increased", "difference": 74,
 *             "relativeChange": 3.5238, "note": null,
 *             "previous": {"year": 2023, "paths": ["…"], "text": "21", "value": 21},
 *             "current": {…}, "findings": []}, …],
 *  "sections": [{"section": "overview", "similarity": 0.41, "passages": [{"removed": "…",
 *               "added": "…"}], "findings": []}, …],
 *  "findings": [{"code": "SERIES-CARRY", "severity": "warning", "year": 2024, "path": "…",
 *                "message": {"zh": "…", "en": "…"}, "sides": {"left": 1, "right": 0,
 *                "difference": 1}}]}
 * }</pre>
 */
final class CompareJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CompareJson() {}

  static String render(YearComparison c) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("organ", c.getOrgan());
      report(json, "previous", c.getPrevious());
      report(json, "current", c.getCurrent());
      json.writeArrayFieldStart("cells");
      for (CellComparison cell : c.getCells()) {
        json.writeStartObject();
        json.writeStringField("table", cell.getTable().getJsonName());
        json.writeStringField("path", cell.getPath());
        json.writeStringField("label", cell.getLabel());
        json.writeStringField("change", cell.getChange().getCode());
        number(json, "difference", cell.getDifference());
        number(json, "relativeChange", cell.getRelativeChange());
        json.writeStringField("note", cell.getNote().orElse(null));
        side(json, "previous", cell.getPrevious());
        side(json, "current", cell.getCurrent());
        findings(json, cell.getFindings());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sections");
      for (SectionComparison s : c.getSections()) {
        json.writeStartObject();
        json.writeStringField("section", s.getSection().getJsonName());
        json.writeBooleanField("inPrevious", s.getPrevious().isPresent());
        json.writeBooleanField("inCurrent", s.getCurrent().isPresent());
        number(json, "similarity", s.getSimilarity());
        json.writeArrayFieldStart("passages");
        for (Passage p : s.getPassages()) {
          json.writeStartObject();
          json.writeStringField("removed", p.removed());
          json.writeStringField("added", p.added());
          json.writeEndObject();
        }
        json.writeEndArray();
        findings(json, s.getFindings());
        json.writeEndObject();
      }
      json.writeEndArray();
      findings(json, c.getFindings());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return text.append('\n').toString();
  }

  private static void report(JsonGenerator json, String name, AnnualReport report)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("year", report.getYear());
    json.writeStringField("edition", report.getEdition().getCode());
    json.writeEndObject();
  }

  private static void side(JsonGenerator json, String name, Optional<Side> side)
      throws IOException {
    if (side.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    Side s = side.get();
    json.writeObjectFieldStart(name);
    json.writeNumberField("year", s.getYear());
    json.writeArrayFieldStart("paths");
    for (CellSlot<?, ?> slot : s.getSlots()) {
      json.writeString(slot.getPath());
    }
    json.writeEndArray();
    json.writeStringField("text", s.getText());
    number(json, "value", s.getValue());
    if (s.isMoney()) {
      json.writeStringField("unit", s.getUnit().map(u -> u.getLabel()).orElse(null));
    }
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void findings(JsonGenerator json, List<Diagnostic> findings) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Diagnostic d : findings) {
      json.writeStartObject();
      json.writeStringField("code", d.getCode());
      json.writeStringField("severity", d.getSeverity().getCode());
      if (d.getLocation().getYear().isPresent()) {
        json.writeNumberField("year", d.getLocation().getYear().getAsInt());
      }
      json.writeStringField("path", d.getLocation().getPath());
      json.writeObjectFieldStart("message");
      json.writeStringField("zh", d.getMessage(Locale.SIMPLIFIED_CHINESE));
      json.writeStringField("en", d.getMessage(Locale.ENGLISH));
      json.writeEndObject();
      if (d.getSides().isPresent()) {
        json.writeObjectFieldStart("sides");
        json.writeNumberField("left", d.getSides().get().getLeft());
        json.writeNumberField("right", d.getSides().get().getRight());
        json.writeNumberField("difference", d.getSides().get().getDifference());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
