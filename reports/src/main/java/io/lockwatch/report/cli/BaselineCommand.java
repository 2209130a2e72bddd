package io.lockwatch.report.cli;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.Findings;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baseline}: writes the fingerprints of today's findings. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the fingerprints of every finding of the report(s) to a baseline file, so that"
          + " 'check --baseline FILE' fails only on new findings.",
      "Fingerprints are built from code sites, so they survive across runs and JVMs."
    })
final class BaselineCommand extends ReportCommand {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The baseline file to write, e.g. lockwatch-baseline.json.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Baseline baseline = Baseline.of(Findings.of(inputs.report()));
    OutputFile.write(
        output,
        baseline.toJson(),
        out(),
        () ->
            "Wrote "
                + baseline.entries().size()
                + " fingerprints of "
                + inputs.describe()
                + " to "
                + output);
    return ExitCodes.OK;
  }
}
