package org.ogireport.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The section texts compared: similarity by Levenshtein distance and changed passages by a
 * sentence-level Myers diff, both from Apache Commons Text. A passage is a run of removed and
 * added sentences between two sentences both years have.
 *
 * <p>The diff runs on sentences, not characters: a character diff of Chinese text matches common
 * characters (的, 年, 政府) across unrelated sentences and shows confetti. Each distinct sentence
 * is given one character and {@link StringsComparator} diffs the two strings of sentence
 * characters (the "lines to characters" trick of diff tools).
 */
final class TextDiff {

  /** The characters that end a sentence. */
  private static final String SENTENCE_ENDS = "。！？；：!?;:";

  /** First character standing for a sentence; surrogates are skipped. */
  private static final char FIRST_SYMBOL = 0x100;

  private TextDiff() {}

  /** The text with white space removed (PDF extraction breaks lines inside words). */
  static String compact(String text) {
    return text.replaceAll("[\\s\\u3000]+", "");
  }

  /**
   * 1 − d / n over the compact texts, rounded down to four decimals; 1 for two empty texts.
   */
  static BigDecimal similarity(String before, String after) {
    String a = compact(before);
    String b = compact(after);
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return BigDecimal.ONE.setScale(4);
    }
    int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return BigDecimal.valueOf(longer - distance)
        .divide(BigDecimal.valueOf(longer), 4, RoundingMode.DOWN);
  }

  /**
   * The sentences of a text, white space removed (line breaks included: text extracted from PDFs
   * breaks lines inside sentences), each ending with its punctuation: 。！？；： and their
   * half-width forms. A colon ends one too, so that the items after 下一步将抓好以下工作： match
   * across years.
   */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    String compact = compact(text);
    int start = 0;
    for (int i = 0; i < compact.length(); i++) {
      if (SENTENCE_ENDS.indexOf(compact.charAt(i)) >= 0) {
        sentences.add(compact.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < compact.length()) {
      sentences.add(compact.substring(start));
    }
    return sentences;
  }

  /** The changed passages, in text order. */
  static List<Passage> passages(String before, String after) {
    Map<String, Character> symbols = new HashMap<>();
    List<String> bySymbol = new ArrayList<>();
    String a = encode(sentences(before), symbols, bySymbol);
    String b = encode(sentences(after), symbols, bySymbol);
    List<Passage> passages = new ArrayList<>();
    StringBuilder removed = new StringBuilder();
    StringBuilder added = new StringBuilder();
    new StringsComparator(a, b).getScript().visit(new CommandVisitor<Character>() {
      @Override
      public void visitKeepCommand(Character c) {
        flush();
      }

      @Override
      public void visitDeleteCommand(Character c) {
        removed.append(bySymbol.get(c - FIRST_SYMBOL - offset(c)));
      }

      @Override
      public void visitInsertCommand(Character c) {
        added.append(bySymbol.get(c - FIRST_SYMBOL - offset(c)));
      }

      private void flush() {
        if (removed.length() > 0 || added.length() > 0) {
          passages.add(new Passage(removed.toString(), added.toString()));
          removed.setLength(0);
          added.setLength(0);
        }
      }
    });
    if (removed.length() > 0 || added.length() > 0) {
      passages.add(new Passage(removed.toString(), added.toString()));
    }
    return passages;
  }

  private static String encode(
      List<String> sentences, Map<String, Character> symbols, List<String> bySymbol) {
    StringBuilder out = new StringBuilder(sentences.size());
    for (String sentence : sentences) {
      Character symbol = symbols.get(sentence);
      if (symbol == null) {
        symbol = symbol(bySymbol.size());
        symbols.put(sentence, symbol);
        bySymbol.add(sentence);
      }
      out.append(symbol.charValue());
    }
    return out.toString();
  }

  /** The character of the n-th distinct sentence, skipping the surrogate range. */
  private static char symbol(int n) {
    int c = FIRST_SYMBOL + n;
    if (c >= Character.MIN_SURROGATE) {
      c += Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;
    }
    if (c > Character.MAX_VALUE) {
      throw new IllegalArgumentException("two section texts with more than " + n
          + " distinct sentences together cannot be diffed");
    }
    return (char) c;
  }

  /** The number of surrogates skipped below a symbol character. */
  private static int offset(char c) {
    return c > Character.MAX_SURROGATE ? Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1 : 0;
  }
}
