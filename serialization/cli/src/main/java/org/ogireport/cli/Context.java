package org.ogireport.cli;

import java.io.PrintStream;
import org.ogireport.json.ReportJson;

/**
 * What every command of one run works with.
 *
 * @param out where results go (UTF-8)
 * @param err where reasons and diagnostics go (UTF-8)
 * @param inputs reads the inputs named on the command line
 * @param json reads and writes report JSON
 */
record Context(PrintStream out, PrintStream err, Inputs inputs, ReportJson json) {}
