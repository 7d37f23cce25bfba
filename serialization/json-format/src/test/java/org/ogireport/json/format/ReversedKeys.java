package org.ogireport.json.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.ogireport.core.AnnualReport;

/**
 * A report's compact JSON with the keys of every object in reverse order (the edition last),
 * made without a JSON library: {@link ReportWriter} writes into a tree, printed backwards.
 */
final class ReversedKeys implements JsonOutput {

  /** The open objects, each a list of key and value texts in written order. */
  private final Deque<List<String[]>> open = new ArrayDeque<>();
  /** The key of each open object in its parent. */
  private final Deque<String> keys = new ArrayDeque<>();
  private String name = "";
  private String result;

  private ReversedKeys() {}

  static String of(AnnualReport report) {
    ReversedKeys out = new ReversedKeys();
    try {
      ReportWriter.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.result;
  }

  private void value(String text) {
    if (open.isEmpty()) {
      result = text;
    } else {
      open.peek().add(new String[] {name, text});
    }
  }

  @Override
  public void startObject() {
    open.push(new ArrayList<>());
    keys.push(name);
  }

  @Override
  public void endObject() {
    List<String[]> fields = open.pop();
    StringBuilder sb = new StringBuilder("{");
    for (int i = fields.size() - 1; i >= 0; i--) {
      sb.append(quote(fields.get(i)[0])).append(':').append(fields.get(i)[1]);
      sb.append(i > 0 ? "," : "");
    }
    name = keys.pop();
    value(sb.append('}').toString());
  }

  @Override
  public void name(int id) {
    name = JsonNames.all().get(id);
  }

  @Override
  public void string(String text) {
    value(text == null ? "null" : quote(text));
  }

  @Override
  public void number(long value) {
    value(Long.toString(value));
  }

  @Override
  public void number(String text) {
    value(text);
  }

  @Override
  public void nullValue() {
    value("null");
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
