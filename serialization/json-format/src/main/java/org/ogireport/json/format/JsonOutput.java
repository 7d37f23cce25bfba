package org.ogireport.json.format;

import java.io.IOException;

/**
 * What {@link ReportWriter} needs of a streaming JSON generator. Each Jackson module adapts its
 * own generator, whose pretty printer (if any) lays out the tokens.
 */
public interface JsonOutput {

  /**
   * Opens an object.
   *
   * @throws IOException when the output fails
   */
  void startObject() throws IOException;

  /**
   * Closes the innermost open object.
   *
   * @throws IOException when the output fails
   */
  void endObject() throws IOException;

  /**
   * Writes the key of the next value.
   *
   * @param id the key's number, its index in {@link JsonNames#all()}
   * @throws IOException when the output fails
   */
  void name(int id) throws IOException;

  /**
   * Writes a string value.
   *
   * @param text the value; null writes {@code null}
   * @throws IOException when the output fails
   */
  void string(String text) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the value
   * @throws IOException when the output fails
   */
  void number(long value) throws IOException;

  /**
   * Writes a number given as JSON number text, e.g. {@code 91.82}.
   *
   * @param text the number as it is to appear
   * @throws IOException when the output fails
   */
  void number(String text) throws IOException;

  /**
   * Writes {@code null}.
   *
   * @throws IOException when the output fails
   */
  void nullValue() throws IOException;
}
