package org.ogireport.json.format;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What {@link ReportReader} needs of a streaming JSON parser: the tokens, their values and where
 * each starts. Each Jackson module adapts its own parser; the methods mirror Jackson's.
 *
 * <p>A position is a line and a column packed in one {@code long} ({@link #position(int, int)}),
 * so that keeping one allocates nothing.
 */
public interface JsonTokens {

  /**
   * The kinds of token, in the order of Jackson's token ids ({@code JsonTokenId}, the same in
   * Jackson 2 and 3), so that {@link #ofId(int)} maps them.
   */
  enum Token {
    /** No more input (and no token yet). */
    END,
    /** <code>{</code>. */
    START_OBJECT,
    /** <code>}</code>. */
    END_OBJECT,
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** A key of an object. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL;

    private static final Token[] BY_ID = values();

    /**
     * The token of a Jackson token id.
     *
     * @param id a {@code JsonTokenId} constant
     * @return the token; {@link #END} for none
     */
    public static Token ofId(int id) {
      return id > 0 && id < BY_ID.length ? BY_ID[id] : END;
    }
  }

  /**
   * Moves to the next token.
   *
   * @return the token, {@link Token#END} at the end of the input
   * @throws IOException when the input is not well-formed JSON or cannot be read
   */
  Token next() throws IOException;

  /**
   * Moves to the next token and tells whether it is a given key, which the parser may match as
   * bytes without decoding it; {@link #current()} and {@link #name()} then tell the token as
   * {@link #next()} would.
   *
   * @param id the key's number, its index in {@link JsonNames#all()}
   * @return whether the next token is that key
   * @throws IOException when the input is not well-formed JSON or cannot be read
   */
  boolean nextName(int id) throws IOException;

  /**
   * The token the parser is on.
   *
   * @return the token, {@link Token#END} before the first and after the last
   */
  Token current();

  /**
   * The key the parser is on.
   *
   * @return the name of the current {@link Token#NAME}
   * @throws IOException when the input cannot be read
   */
  String name() throws IOException;

  /**
   * The current token as text: a string's value, a number or a literal as written.
   *
   * @return the text
   * @throws IOException when the input cannot be read
   */
  String text() throws IOException;

  /**
   * Whether the current {@link Token#INTEGER} fits the given number of bits.
   *
   * @param bits 32 for an {@code int}, 64 for a {@code long}
   * @return whether it fits
   * @throws IOException when the input cannot be read
   */
  boolean fits(int bits) throws IOException;

  /**
   * The current {@link Token#INTEGER} as a {@code long}; check {@link #fits(int)} first.
   *
   * @return the value
   * @throws IOException when the input cannot be read
   */
  long longValue() throws IOException;

  /**
   * The current number as an exact decimal.
   *
   * @return the value
   * @throws IOException when the input cannot be read
   * @throws NumberFormatException when its exponent is beyond what a {@link BigDecimal} holds
   */
  BigDecimal decimalValue() throws IOException;

  /**
   * Skips the current object or array to its closing token; does nothing on any other token.
   *
   * @throws IOException when the input is not well-formed JSON or cannot be read
   */
  void skipChildren() throws IOException;

  /**
   * Where the current token starts.
   *
   * @return the packed {@linkplain #position(int, int) position}
   */
  long tokenPosition();

  /**
   * A line and a column packed in one value.
   *
   * @param line the 1-based line, 0 when not known
   * @param column the 1-based column, 0 when not known
   * @return the packed position
   */
  static long position(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
  }

  /**
   * The line of a packed position.
   *
   * @param position a packed position
   * @return the 1-based line, 0 when not known
   */
  static int line(long position) {
    return (int) (position >>> 32);
  }

  /**
   * The column of a packed position.
   *
   * @param position a packed position
   * @return the 1-based column, 0 when not known
   */
  static int column(long position) {
    return (int) position;
  }
}
