package org.ogireport.json.jackson3;

import java.math.BigDecimal;
import org.ogireport.json.format.JsonNames;
import org.ogireport.json.format.JsonTokens;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 parser as the format's reader sees it. */
record ParserTokens(JsonParser parser) implements JsonTokens {

  /** The format's keys as the parser matches them, by number (see {@link JsonNames#all()}). */
  static final SerializedString[] NAMES =
      JsonNames.all().stream().map(SerializedString::new).toArray(SerializedString[]::new);

  @Override
  public Token next() {
    parser.nextToken();
    return current();
  }

  @Override
  public boolean nextName(int id) {
    return parser.nextName(NAMES[id]);
  }

  @Override
  public Token current() {
    return Token.ofId(parser.currentTokenId());
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getText();
  }

  @Override
  public boolean fits(int bits) {
    JsonParser.NumberType type = parser.getNumberType();
    return bits == Integer.SIZE ? type == JsonParser.NumberType.INT
        : type != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() {
    return parser.getLongValue();
  }

  @Override
  public BigDecimal decimalValue() {
    return parser.getDecimalValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public long tokenPosition() {
    return position(parser.currentTokenLocation());
  }

  private static long position(TokenStreamLocation at) {
    return JsonTokens.position(at.getLineNr(), at.getColumnNr());
  }
}
