package org.ogireport.readme;

import java.util.ArrayList;
import java.util.List;

/** The fenced blocks of the README that tests compile, run or compare. */
final class Readme {

  private Readme() {}

  /** The fenced block that follows each occurrence of a marker line, without its fences. */
  static List<String> blocksAfter(String readme, String marker) {
    List<String> blocks = new ArrayList<>();
    int at = readme.indexOf(marker);
    while (at >= 0) {
      int open = readme.indexOf("```", at);
      int start = readme.indexOf('\n', open) + 1;
      int close = readme.indexOf("\n```", start);
      blocks.add(readme.substring(start, close + 1));
      at = readme.indexOf(marker, close);
    }
    return blocks;
  }

  /**
   * A README program as a class: its import lines first, as written, then every other line as the
   * body of {@code main}, which may throw anything.
   */
  static String asMainClass(String name, String program) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : program.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports + "\npublic class " + name + " {\n  public static void main(String[] args)"
        + " throws Exception {\n" + body + "  }\n}\n";
  }
}
