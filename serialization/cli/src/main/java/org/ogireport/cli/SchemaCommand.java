package org.ogireport.cli;

import java.io.PrintStream;
import java.util.List;
import org.ogireport.core.Edition;
import org.ogireport.schema.ReportSchema;

/**
 * {@code schema [--edition 2019|2021]}: prints the JSON Schema of an edition's report format, or
 * without {@code --edition} the combined schema of both.
 */
public final class SchemaCommand implements Command {

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public String usage() {
    return "schema [--edition 2019|2021]";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      out.print(ReportSchema.combinedToJson());
      return 0;
    }
    if (args.size() != 2 || !args.get(0).equals("--edition")) {
      err.println("usage: ogi-report " + usage());
      return 2;
    }
    try {
      out.print(ReportSchema.toJson(Edition.ofCode(args.get(1))));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("ogi-report schema: " + e.getMessage());
      return 2;
    }
  }
}
