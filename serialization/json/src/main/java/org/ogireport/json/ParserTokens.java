package org.ogireport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import org.ogireport.json.format.JsonNames;
import org.ogireport.json.format.JsonTokens;

/** A Jackson 2 parser as the format's reader sees it. */
record ParserTokens(JsonParser parser) implements JsonTokens {

  /** The format's keys as the parser matches them, by number (see {@link JsonNames#all()}). */
  static final SerializedString[] NAMES =
      JsonNames.all().stream().map(SerializedString::new).toArray(SerializedString[]::new);

  @Override
  public Token next() throws IOException {
    parser.nextToken();
    return current();
  }

  @Override
  public boolean nextName(int id) throws IOException {
    return parser.nextFieldName(NAMES[id]);
  }

  @Override
  public Token current() {
    return Token.ofId(parser.currentTokenId());
  }

  @Override
  public String name() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public boolean fits(int bits) throws IOException {
    JsonParser.NumberType type = parser.getNumberType();
    return bits == Integer.SIZE ? type == JsonParser.NumberType.INT
        : type != JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public long longValue() throws IOException {
    return parser.getLongValue();
  }

  @Override
  public BigDecimal decimalValue() throws IOException {
    return parser.getDecimalValue();
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
  }

  @Override
  public long tokenPosition() {
    JsonLocation at = parser.currentTokenLocation();
    return JsonTokens.position(at.getLineNr(), at.getColumnNr());
  }
}
