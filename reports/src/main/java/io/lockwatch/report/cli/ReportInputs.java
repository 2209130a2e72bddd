package io.lockwatch.report.cli;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.merge.ReportSet;
import io.lockwatch.report.model.Report;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Parameters;

/**
 * The report files a command is given (a picocli mixin: {@code @Mixin ReportInputs inputs}): files,
 * directories and glob patterns, read and, when there are several, merged into one.
 */
final class ReportInputs {
  @Parameters(
      arity = "1..*",
      paramLabel = "REPORT",
      description =
          "Lockwatch report JSON files, directories (every *.json under them) or glob patterns"
              + " (quoted, e.g. 'target/lockwatch/*.json').")
  private List<String> arguments;

  private ReportSet set;

  /**
   * Reads every file and returns the one report: the only input, or the merge of all of them.
   *
   * @throws ReportFormatException for the first unusable file, naming it
   */
  Report report() throws ReportFormatException {
    return set().report();
  }

  /** The reports {@link #report()} read, by their label, in the order given. */
  Map<String, Report> byLabel() {
    return set == null ? Map.of() : set.byLabel();
  }

  /**
   * The files {@link #report()} read: {@code target/lockwatch.json}, or {@code a.json, b.json}, or
   * {@code 12 reports (a.json, ...)}; the arguments as given before.
   */
  String describe() {
    return set == null ? String.join(", ", arguments) : set.describe();
  }

  private ReportSet set() throws ReportFormatException {
    if (set == null) {
      set = ReportSet.read(arguments);
    }
    return set;
  }
}
