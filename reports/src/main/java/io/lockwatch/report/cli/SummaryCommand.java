package io.lockwatch.report.cli;

import io.lockwatch.report.render.SummaryFormatter;
import picocli.CommandLine.Command;

/** {@code summary}: the human summary alone, whatever it contains (exit 0). */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Prints the human summary of the report(s) (merged when several); always exits 0"
            + " for usable input.")
final class SummaryCommand extends ReportCommand {
  @Override
  public Integer call() throws Exception {
    out().print(SummaryFormatter.format(inputs.report(), inputs.describe()));
    out().flush();
    return ExitCodes.OK;
  }
}
