package io.lockwatch.report.cli;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.Findings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baseline}: writes the fingerprints of today's findings. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the fingerprints of every finding of the report(s) to a baseline file, so that"
          + " 'check --baseline FILE' fails only on new findings.",
      "Fingerprints are built from code sites, so they survive across runs and JVMs."
    })
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Lockwatch report JSON files.")
  List<Path> reports;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The baseline file to write, e.g. lockwatch-baseline.json.")
  Path output;

  @Override
  public Integer call() throws Exception {
    ReportInputs inputs = ReportInputs.read(reports);
    Baseline baseline = Baseline.of(Findings.of(inputs.report()));
    OutputFile.write(output, baseline.toJson(), spec.commandLine().getOut());
    if (!OutputFile.isStdout(output)) {
      spec.commandLine()
          .getOut()
          .println(
              "Wrote "
                  + baseline.entries().size()
                  + " fingerprints of "
                  + inputs.describe()
                  + " to "
                  + output);
    }
    return ExitCodes.OK;
  }
}
