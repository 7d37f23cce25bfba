package org.ogireport.core.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;

/**
 * The {@link NarrativeFigure}s a narrative text states, with the words that state them.
 *
 * <pre>{@code
 * Narrative n = Narrative.of("2020年，共受理政府信息公开申请8件……引起行政复议1件。");
 * n.get(NarrativeFigure.APPLICATIONS).orElseThrow().getValue();   // 8
 * n.get(NarrativeFigure.REVIEW).orElseThrow().getQuote();         // "行政复议1件"
 * n.get(NarrativeFigure.LITIGATION);                              // Optional.empty
 * }</pre>
 *
 * <p>White space is removed first (text extracted from PDFs breaks lines inside numbers and
 * words: {@code 行政复议 351\n件}). For each figure the first statement or denial in the text
 * counts; later ones (often sub-counts, 其中…) do not. Numbers may be digits or Chinese numerals
 * ({@link ChineseNumber}). Immutable and thread-safe.
 */
public final class Narrative {

  /** One figure as stated: its value and the words that state it. Immutable and thread-safe. */
  public static final class Statement {
    private final NarrativeFigure figure;
    private final long value;
    private final String quote;

    Statement(NarrativeFigure figure, long value, String quote) {
      this.figure = figure;
      this.value = value;
      this.quote = quote;
    }

    /** {@return the figure stated} */
    public NarrativeFigure getFigure() {
      return figure;
    }

    /** {@return the number stated, e.g. {@code 8}; 0 for a denial such as 未收到政府信息公开申请} */
    public long getValue() {
      return value;
    }

    /** {@return the words that state it, white space removed, e.g. {@code 共受理政府信息公开申请8件}} */
    public String getQuote() {
      return quote;
    }

    @Override
    public String toString() {
      return figure + "=" + value + " (" + quote + ")";
    }
  }

  private final int length;
  private final Map<NarrativeFigure, Statement> statements;

  private Narrative(int length, Map<NarrativeFigure, Statement> statements) {
    this.length = length;
    this.statements = Collections.unmodifiableMap(statements);
  }

  /**
   * Finds the figures a text states.
   *
   * @param text the narrative, e.g. section 一; not null, may be empty
   * @return the figures found, possibly none
   */
  public static Narrative of(String text) {
    String compact = text.replaceAll("[\\s\\u3000]+", "");
    Map<NarrativeFigure, Statement> found = new EnumMap<>(NarrativeFigure.class);
    for (NarrativeFigure figure : NarrativeFigure.values()) {
      Matcher stated = figure.statement().matcher(compact);
      Matcher denied = figure.denial().matcher(compact);
      boolean hasStatement = false;
      while (stated.find()) {
        OptionalLong value = ChineseNumber.parse(stated.group("n"));
        if (value.isPresent()) {
          hasStatement = true;
          break;
        }
      }
      boolean hasDenial = denied.find();
      if (hasStatement && (!hasDenial || stated.start() <= denied.start())) {
        found.put(figure, new Statement(
            figure, ChineseNumber.parse(stated.group("n")).getAsLong(), stated.group()));
      } else if (hasDenial) {
        found.put(figure, new Statement(figure, 0, denied.group()));
      }
    }
    return new Narrative(compact.codePointCount(0, compact.length()), found);
  }

  /**
   * Gets what the text states about a figure.
   *
   * @param figure the figure, not null
   * @return the first statement or denial of it, or empty when the text says nothing of it
   */
  public Optional<Statement> get(NarrativeFigure figure) {
    return Optional.ofNullable(statements.get(figure));
  }

  /** {@return the length of the text in characters (code points), white space not counted} */
  public int getLength() {
    return length;
  }
}
