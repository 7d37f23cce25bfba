package org.ogireport.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * An {@link InputCommand} that reads one or more inputs, {@code INPUT...}: the positional
 * parameters declared once for {@code check}, {@code import}, {@code export}, {@code aggregate},
 * {@code indicators} and {@code rank}.
 */
abstract class ManyInputsCommand extends InputCommand {

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = INPUTS)
  List<String> inputs;

  ManyInputsCommand(Context context) {
    super(context);
  }

  @Override
  final List<String> inputs() {
    return inputs;
  }
}
