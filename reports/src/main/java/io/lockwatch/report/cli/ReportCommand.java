package io.lockwatch.report.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command of the tool has: the report files it is given, and the standard output it
 * prints to. Picocli fills these fields of a command as it fills the command's own options.
 */
abstract class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportInputs inputs;

  /** The command's standard output (the tests give the command line their own writer). */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
