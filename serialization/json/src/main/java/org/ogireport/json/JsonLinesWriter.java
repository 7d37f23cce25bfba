package org.ogireport.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.ogireport.core.AnnualReport;

/**
 * Appends reports to a JSON Lines output, one compact line each ending in {@code \n}. Holds one
 * report's text at a time. Get one from {@link ReportJson#lineWriter(Writer)} or
 * {@link ReportJson#lineWriter(java.nio.file.Path)}.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = ReportJson.standard().lineWriter(Path.of("reports.jsonl"))) {
 *   reports.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

  private final Writer out;
  private final ObjectWriter compact;
  private long lines;

  JsonLinesWriter(Writer out, ObjectWriter compact) {
    this.out = out;
    this.compact = compact;
  }

  /**
   * Appends one report as a line in the compact form.
   *
   * @param report the report, not null
   * @return this writer
   * @throws UncheckedIOException when the output fails
   */
  public JsonLinesWriter write(AnnualReport report) {
    try {
      out.write(compact.writeValueAsString(report));
      out.write('\n');
      lines++;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the number of lines written so far, 0 before the first} */
  public long getLinesWritten() {
    return lines;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
