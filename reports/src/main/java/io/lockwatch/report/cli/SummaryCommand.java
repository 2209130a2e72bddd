package io.lockwatch.report.cli;

import io.lockwatch.report.render.SummaryFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code summary}: the human summary alone, whatever it contains (exit 0). */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Prints the human summary of the report(s) (merged when several); always exits 0"
            + " for usable input.")
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportInputs inputs;

  @Override
  public Integer call() throws Exception {
    spec.commandLine().getOut().print(SummaryFormatter.format(inputs.report(), inputs.describe()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
