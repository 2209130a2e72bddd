package io.lockwatch.report.cli;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code merge}: one report from many. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges reports (e.g. one per forked test JVM, written with %%p in the path) into one.",
      "Findings are deduplicated by fingerprint and counts summed. Lock-order edges are merged by"
          + " their sites and searched for cycles again, so a cycle whose halves were seen in"
          + " different JVMs is reported."
    })
final class MergeCommand extends ReportCommand {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The merged report to write ('-' for standard output).")
  Path output;

  @Override
  public Integer call() throws Exception {
    Report merged = inputs.report();
    OutputFile.write(
        output,
        ReportJson.toJson(merged) + "\n",
        out(),
        () ->
            "Merged "
                + inputs.describe()
                + " into "
                + output
                + ": "
                + merged.lockOrderCycles().size()
                + " lock-order cycles, "
                + merged.observedDeadlocks().size()
                + " observed deadlocks, "
                + merged.unguardedFields().size()
                + " unguarded fields, "
                + merged.waitHazards().size()
                + " wait hazards");
    return ExitCodes.OK;
  }
}
