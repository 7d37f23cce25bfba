package org.ogireport.cli;

import java.util.concurrent.Callable;
import org.ogireport.core.Edition;
import org.ogireport.schema.ReportSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code schema [--edition 2019|2021]}: prints the JSON Schema of an edition's report format, or
 * without {@code --edition} the combined schema of both.
 */
@Command(name = "schema", sortOptions = false,
    description = "Print the JSON Schema of the report format.")
final class SchemaCommand implements Callable<Integer> {

  @Mixin
  Options.Help help;

  @Option(names = "--edition", paramLabel = "2019|2021", converter = EditionConverter.class,
      description = "One edition's schema; without it, the combined schema of both.")
  Edition edition;

  private final Context context;

  SchemaCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.out().print(edition == null ? ReportSchema.combinedToJson()
        : ReportSchema.toJson(edition));
    context.out().flush();
    return 0;
  }

  /** Reads {@code 2019} or {@code 2021}. */
  static final class EditionConverter extends Options.Parsed<Edition> {
    EditionConverter() {
      super(Edition::ofCode);
    }
  }
}
