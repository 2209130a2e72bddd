package io.lockwatch.report.render;

import io.lockwatch.report.check.Baseline;
import io.lockwatch.report.check.CheckResult;
import io.lockwatch.report.check.Finding;
import io.lockwatch.report.model.Report;
import java.util.List;

/**
 * What a check prints: the report's summary, each finding tagged {@code [fail]}, {@code [new]},
 * {@code [baseline]} or {@code [not checked]}, the baseline entries gone, the budgets that ran out,
 * and the verdict line. The reports tool's {@code check} and the Maven plugin's {@code check} print
 * the same text.
 */
public final class CheckSummary {
  private CheckSummary() {}

  /**
   * The whole text, ending with the verdict line.
   *
   * @param source names the report file(s), e.g. {@code target/lockwatch.json}
   */
  public static String text(
      Report report, String source, List<Finding> findings, CheckResult result) {
    StringBuilder out = new StringBuilder();
    out.append(SummaryFormatter.header(report, source));
    out.append(SummaryFormatter.findings(findings, f -> tag(result, f)));
    if (!result.gone().isEmpty()) {
      out.append('\n')
          .append(result.gone().size())
          .append(
              " baseline entries match no finding any more (fixed, or not reached in this run);"
                  + " run 'baseline' again to drop them.\n");
      if (result.strictBaseline()) {
        result.gone().forEach(e -> out.append("  [gone] ").append(describe(e)).append('\n'));
      }
    }
    if (!result.incomplete().isEmpty()) {
      out.append('\n');
      result.incompleteLines().forEach(line -> out.append(line).append('\n'));
    }
    out.append('\n').append(verdict(source, result)).append('\n');
    return out.toString();
  }

  /** The last line: {@code Lockwatch check passed: ...} or {@code Lockwatch check FAILED: ...}. */
  public static String verdict(String source, CheckResult result) {
    return (result.passed() ? "Lockwatch check passed: " : "Lockwatch check FAILED: ")
        + result.verdict(source);
  }

  private static String describe(Baseline.Entry entry) {
    return entry.description() + "  #" + entry.fingerprint();
  }

  private static String tag(CheckResult result, Finding finding) {
    if (result.failing().contains(finding)) {
      return result.withBaseline() ? "[new]" : "[fail]";
    }
    if (result.accepted().contains(finding)) {
      return "[baseline]";
    }
    return "[not checked]";
  }
}
