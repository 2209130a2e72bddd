package io.lockwatch.report.cli;

import io.lockwatch.report.render.SummaryFormatter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
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

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Lockwatch report JSON files.")
  List<Path> reports;

  @Override
  public Integer call() throws Exception {
    ReportInputs inputs = ReportInputs.read(reports);
    spec.commandLine().getOut().print(SummaryFormatter.format(inputs.report(), inputs.describe()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
