package org.ogireport.office;

import java.time.Duration;
import org.ogireport.core.ReportFormatException;

/**
 * The bounds on one read of a document, so that a hostile file ends in a
 * {@link ReportFormatException} rather than an exhausted heap or a read that never ends.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxUnpackedBytes the most a .docx may unpack to, all zip entries together
 * @param maxPages the most pages of a PDF read
 * @param maxDepth the deepest nesting of XML elements in a .docx
 * @param maxCharacters the most text a document may hold
 * @param timeout the longest a read may take
 */
record Limits(
    long maxBytes, long maxUnpackedBytes, int maxPages, int maxDepth, int maxCharacters,
    Duration timeout) {

  /** A clock for one read: throws once the read has taken longer than the timeout. */
  Deadline start(String source) {
    return new Deadline(source, System.nanoTime() + timeout.toNanos(), timeout);
  }

  /** The end of one read. */
  static final class Deadline {

    private final String source;
    private final long end;
    private final Duration timeout;

    private Deadline(String source, long end, Duration timeout) {
      this.source = source;
      this.end = end;
      this.timeout = timeout;
    }

    /**
     * Checks the clock.
     *
     * @throws ReportFormatException once the read has taken longer than its timeout
     */
    void check() {
      if (System.nanoTime() - end > 0) {
        throw new ReportFormatException(source,
            "reading took longer than the limit of " + timeout.toMillis() + " ms");
      }
    }
  }
}
