package org.ogireport.importer;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.core.Disclosure2021Column;
import org.ogireport.core.Disclosure2021Row;

/**
 * The counts of documents an overview states for table 二's item （一） on the 2021 form:
 * {@code 现行有效行政规范性文件698件}, {@code 本年度制发的规范性文件88件}, {@code 废止规章2件}. The
 * patterns are narrow on purpose: a statement they miss gives no figure, never a wrong one; the
 * first statement of each figure counts.
 */
final class NarrativeDocuments {

  /** A figure as stated: its value and the words that state it. */
  record Figure(long value, String quote) {}

  private static final Map<Disclosure2021Row, String> NOUNS = new EnumMap<>(Map.of(
      Disclosure2021Row.RULES, "(?:政府)?规章",
      Disclosure2021Row.NORMATIVE_DOCUMENTS, "(?:行政)?规范性文件"));
  private static final Map<Disclosure2021Column, String> VERBS = new EnumMap<>(Map.of(
      Disclosure2021Column.ISSUED, "(?:制发|印发|出台|制定)(?:的|了)?",
      Disclosure2021Column.REPEALED, "(?:废止|废除)(?:的|了)?",
      Disclosure2021Column.IN_FORCE, "现行有效(?:的)?"));
  /** The word every statement of a row's figures holds. */
  private static final Map<Disclosure2021Row, String> WORDS = new EnumMap<>(Map.of(
      Disclosure2021Row.RULES, "规章", Disclosure2021Row.NORMATIVE_DOCUMENTS, "规范性文件"));
  /** How far around that word a statement may reach. */
  private static final int AROUND = 16;
  /** The statement of each figure: the verb, the noun, the number and its measure word. */
  private static final Map<Disclosure2021Row, Map<Disclosure2021Column, Pattern>> PATTERNS =
      new EnumMap<>(Disclosure2021Row.class);

  static {
    NOUNS.forEach((row, noun) -> {
      Map<Disclosure2021Column, Pattern> byColumn = new EnumMap<>(Disclosure2021Column.class);
      VERBS.forEach((column, verb) -> byColumn.put(column,
          Pattern.compile(verb + noun + "(?:共)?(\\d{1,9})(?:件|个|部)")));
      PATTERNS.put(row, byColumn);
    });
  }

  private NarrativeDocuments() {}

  /** The figures stated, by row and column. */
  static Map<Disclosure2021Row, Map<Disclosure2021Column, Figure>> of(String overview) {
    String compact = overview.replaceAll("[\\s\\u3000]+", "");
    Map<Disclosure2021Row, Map<Disclosure2021Column, Figure>> out =
        new EnumMap<>(Disclosure2021Row.class);
    PATTERNS.forEach((row, byColumn) -> {
      String word = WORDS.get(row);
      // the statements stand around the noun: look there only, in order
      for (int at = compact.indexOf(word); at >= 0; at = compact.indexOf(word, at + 1)) {
        String around = compact.substring(Math.max(0, at - AROUND),
            Math.min(compact.length(), at + word.length() + AROUND));
        byColumn.forEach((column, pattern) -> {
          Map<Disclosure2021Column, Figure> found = out.get(row);
          if (found != null && found.containsKey(column)) {
            return;
          }
          Matcher m = pattern.matcher(around);
          if (m.find()) {
            out.computeIfAbsent(row, r -> new EnumMap<>(Disclosure2021Column.class))
                .put(column, new Figure(Long.parseLong(m.group(1)), m.group()));
          }
        });
      }
    });
    return out;
  }
}
