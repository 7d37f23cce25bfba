package org.ogireport.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The outputs of a {@link RankTable}, written row by row to an {@link Appendable} (a
 * {@code Writer}), so that a large table streams out.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("rank.csv"))) {
 *   RankFormat.CSV.write(table, out);
 * }
 * }</pre>
 */
public enum RankFormat {
  /**
   * CSV (RFC 4180, CRLF): {@code group, organ, year, edition, source}, then per indicator in enum
   * order {@code <id>} (a count, or a share with {@value RankWriters#SCALE} decimals rounded
   * half-even; empty when the base is 0), {@code <id>_base} (shares only), {@code <id>_rank},
   * {@code <id>_of} (N ranked in the group) and {@code <id>_percentile}; rank and percentile
   * empty when not ranked.
   */
  CSV("csv"),
  /**
   * A complete HTML page: the definitions of the indicators and of rank and percentile, then one
   * table per group with each indicator's value, base and rank.
   */
  HTML("html");

  private final String name;

  RankFormat(String name) {
    this.name = name;
  }

  /**
   * The short name used on the command line and as file extension: {@code csv} or {@code html}.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * The format with a short name.
   *
   * @param name {@code csv} or {@code html}
   * @return the format
   * @throws IllegalArgumentException naming the name and the known ones
   */
  public static RankFormat ofName(String name) {
    for (RankFormat f : values()) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown ranking format '" + name + "': expected csv or html");
  }

  /**
   * Writes the table.
   *
   * @param table the table, not null
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException when writing fails
   */
  public void write(RankTable table, Appendable out) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    try {
      switch (this) {
        case CSV -> RankWriters.csv(table, out);
        case HTML -> RankWriters.html(table, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ranking: " + e.getMessage(), e);
    }
  }

  /**
   * The table as text.
   *
   * @param table the table, not null
   * @return the text
   */
  public String render(RankTable table) {
    StringBuilder out = new StringBuilder();
    write(table, out);
    return out.toString();
  }
}
